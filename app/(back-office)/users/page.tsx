import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { findUsers } from "@/lib/users/find-users";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePagePermission("users.read");
  const users = await findUsers();
  const canManage = hasPermission(user.role, "users.manage");
  return (
    <>
      <PageHeader title="Users" description="Who can sign in to the back office, and with which role. Every change is audited." />
      {canManage && <CreateUserForm />}
      <UsersTable
        users={users.map((u) => ({ ...u, disabledAt: u.disabledAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString() }))}
        currentUserId={user.id}
        canManage={canManage}
      />
    </>
  );
}
