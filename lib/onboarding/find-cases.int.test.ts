import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { caseFilterSchema } from "@/lib/validations/onboarding";
import { signInAs } from "@/scripts/test-support/auth";

import { countCasesByStatus, findCases, findNextCase } from "./find-cases";

// Other suites share the database: every case here carries this run's marker in its subject, and the search narrows to it.
const RUN = `T${Date.now()}`;

async function seed(
  ref: string,
  status: "NEW" | "IN_REVIEW" | "WAITING_ON_CUSTOMER" | "APPROVED",
  assigneeId: string | null,
  ageMinutes: number,
) {
  return getDb().onboardingCase.create({
    data: {
      subjectType: "CASHLINK_INVITATION",
      subjectRef: `${RUN}-${ref}`,
      status,
      assigneeId,
      createdAt: new Date(Date.now() - ageMinutes * 60_000),
    },
  });
}

describe("cases list", () => {
  it("shows open cases held by me or nobody by default, with counts, and picks the next case to work", async () => {
    const current = ({ user, session }: Awaited<ReturnType<typeof signInAs>>) => ({ ...user, sessionId: session.id });
    const me = current(await signInAs("COMPLIANCE"));
    const other = current(await signInAs("ADMIN"));
    const mine = await seed("mine", "IN_REVIEW", me.id, 30);
    const free = await seed("free", "NEW", null, 60);
    await seed("theirs", "IN_REVIEW", other.id, 90);
    await seed("waiting", "WAITING_ON_CUSTOMER", null, 120);
    const done = await seed("done", "APPROVED", me.id, 10);

    const filter = caseFilterSchema.parse({ q: RUN });
    const { cases } = await findCases(filter, me);
    expect(cases.map((c) => c.subjectRef)).toEqual([`${RUN}-waiting`, `${RUN}-free`, `${RUN}-mine`]);
    expect(await countCasesByStatus(filter, me)).toEqual({ NEW: 1, IN_REVIEW: 1, WAITING_ON_CUSTOMER: 1, APPROVED: 1, REJECTED: 0 });
    const everyone = await findCases(caseFilterSchema.parse({ q: RUN, view: "all", status: "any" }), me);
    expect(everyone.total).toBe(5);

    // Mine first (me is a fresh user, so the only case I hold is this run's); else an unassigned one, never a waiting one.
    expect(await findNextCase(me, done.id)).toBe(mine.id);
    const next = await getDb().onboardingCase.findUniqueOrThrow({ where: { id: (await findNextCase(me, mine.id))! } });
    expect(next).toMatchObject({ assigneeId: null });
    expect(["NEW", "IN_REVIEW"]).toContain(next.status);
    expect(free.status).toBe("NEW");
  });
});
