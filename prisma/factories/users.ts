import type { Db } from "../../lib/db/create-client";
import type { Role } from "../../generated/prisma/enums";
import { hashPassword } from "../../lib/auth/password";

export type DemoUser = { email: string; name: string; role: Role; password: string };

/**
 * The demo sign-ins listed in the README. Two admins, because four-eyes approval
 * needs an approver who is not the requester.
 */
export const DEMO_USERS: DemoUser[] = [
  { email: "staff@bank.example", name: "Sam Staff", role: "STAFF", password: "demo-staff-password" },
  { email: "compliance@bank.example", name: "Cleo Compliance", role: "COMPLIANCE", password: "demo-compliance-password" },
  { email: "admin@bank.example", name: "Ada Admin", role: "ADMIN", password: "demo-admin-password" },
  { email: "admin2@bank.example", name: "Alan Admin", role: "ADMIN", password: "demo-admin2-password" },
];

/** Creates the user unless the email exists; an existing user (maybe with a changed password) is left alone. */
export async function ensureUser(db: Db, user: DemoUser) {
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) return existing;
  return db.user.create({
    data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
    select: { id: true },
  });
}
