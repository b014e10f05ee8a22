"use client";

import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table/columns";
import { DataTable } from "@/components/ui/data-table/data-table";
import { DateTime } from "@/components/ui/date-time";
import { enumWords } from "@/lib/format/enums";

import { UserActions } from "./user-actions";

export type UserTableRow = {
  id: string;
  email: string;
  name: string;
  role: "STAFF" | "COMPLIANCE" | "ADMIN";
  disabledAt: string | null;
  createdAt: string;
};

const BASE: DataTableColumn<UserTableRow>[] = [
  { id: "name", accessorKey: "name", header: "Name", cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
  { id: "email", accessorKey: "email", header: "Email" },
  {
    id: "role",
    accessorKey: "role",
    header: "Role",
    cell: ({ row }) => (
      <Badge tone="info" title={row.original.role}>
        {enumWords(row.original.role)}
      </Badge>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (row.original.disabledAt ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>),
  },
  {
    id: "created",
    accessorKey: "createdAt",
    header: "Created",
    cell: ({ row }) => <DateTime value={row.original.createdAt} style="date" />,
  },
];

/** The staff accounts: a short, complete list, so it sorts in the browser. */
export function UsersTable({ users, currentUserId, canManage }: { users: UserTableRow[]; currentUserId: string; canManage: boolean }) {
  const columns: DataTableColumn<UserTableRow>[] = canManage
    ? [
        ...BASE,
        {
          id: "actions",
          header: "Actions",
          enableHiding: false,
          cell: ({ row }) =>
            row.original.id === currentUserId ? (
              <span className="text-xs text-slate-700">You (ask another admin)</span>
            ) : (
              <UserActions user={row.original} />
            ),
        },
      ]
    : BASE;
  return (
    <DataTable
      label="Users"
      columns={columns}
      data={users}
      sorting="client"
      empty="No users."
      rowAttributes={(u) => ({ "data-testid": `user-row-${u.email}` })}
    />
  );
}
