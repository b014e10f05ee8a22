"use client";

import { Badge } from "@/components/ui/badge";

import { UserActions } from "./user-actions";

export type UserTableRow = {
  id: string;
  email: string;
  name: string;
  role: "STAFF" | "COMPLIANCE" | "ADMIN";
  disabledAt: string | null;
  createdAt: string;
};

export function UsersTable({ users, currentUserId, canManage }: { users: UserTableRow[]; currentUserId: string; canManage: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">Name</th>
            <th className="px-3 py-2">Email</th>
            <th className="px-3 py-2">Role</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Created</th>
            {canManage && <th className="px-3 py-2">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-row-${user.email}`} className="border-b border-slate-100 last:border-0">
              <td className="px-3 py-2 font-medium">{user.name}</td>
              <td className="px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">
                <Badge tone="info">{user.role}</Badge>
              </td>
              <td className="px-3 py-2">{user.disabledAt ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{user.createdAt.slice(0, 10)}</td>
              {canManage && (
                <td className="px-3 py-2">
                  {user.id === currentUserId ? (
                    <span className="text-xs text-slate-500">You (ask another admin)</span>
                  ) : (
                    <UserActions user={user} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
