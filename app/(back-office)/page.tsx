import Link from "next/link";

import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { areasFor } from "@/lib/navigation";

export const metadata = { title: "Start" };

export default async function HomePage() {
  const user = await requirePagePermission("home.read");
  const areas = areasFor(user.role);
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={`Signed in as ${user.role}.`} />
      {areas.length === 0 ? (
        <p className="max-w-xl text-sm text-slate-600">
          No area is open to your role yet. Portfolios, withdrawals, onboarding and order books appear here as they come into service.
        </p>
      ) : (
        <ul className="grid max-w-3xl grid-cols-2 gap-3">
          {areas.map((area) => (
            <li key={area.href}>
              <Link
                href={area.href}
                className="block rounded-lg border border-slate-200 bg-white p-4 text-sm font-medium hover:border-slate-400"
              >
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
