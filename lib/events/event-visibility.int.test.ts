import { randomUUID } from "node:crypto";

import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";

import EventPage from "@/app/(back-office)/events/[id]/page";
import { GET as tail } from "@/app/api/events/tail/route";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { ingestEvents } from "@/lib/events/ingest";
import { signInAs } from "@/scripts/test-support/auth";

import { HIDDEN_ERROR_TEXT } from "./event-row";

/** What a failed handler leaves behind: Prisma's message with a server path (issue #20, finding 14). */
const RAW =
  "PrismaClientKnownRequestError: Invalid `prisma.withdrawalRequest.update()` invocation in /srv/app/.next/server/chunks/123.js:1:2";

async function failedEvent() {
  const type = `visibility-${randomUUID()}`;
  const { newIds } = await ingestEvents(getDb(), { provider: "WISEALPHA", transport: "WEBHOOK", signature: "VALID" }, [
    { providerEventId: type, type, providerCreatedAt: null, refs: {}, rawPayload: "{}" },
  ]);
  const id = newIds[0]!;
  await getDb().providerEvent.update({ where: { id }, data: { status: "DEAD", lastError: RAW } });
  return { id, type };
}

type DetailElement = ReactElement<{ children: ReactElement<{ event?: { lastError: string | null } }>[] }>;

async function detailError(id: string, role: Role) {
  await signInAs(role);
  const page = (await EventPage({ params: Promise.resolve({ id }) })) as DetailElement;
  const detail = page.props.children.find((child) => child?.props?.event);
  return detail!.props.event!.lastError;
}

describe("event processing errors by role (finding 14)", () => {
  it("the detail page shows the raw error to ADMIN only", async () => {
    const { id } = await failedEvent();
    expect(await detailError(String(id), "ADMIN")).toBe(RAW);
    for (const role of ["STAFF", "COMPLIANCE"] as const) expect(await detailError(String(id), role)).toBe(HIDDEN_ERROR_TEXT);
  });

  it("the live tail (list rows) hides it the same way", async () => {
    const { id, type } = await failedEvent();
    for (const [role, expected] of [
      ["STAFF", HIDDEN_ERROR_TEXT],
      ["ADMIN", RAW],
    ] as const) {
      await signInAs(role);
      const response = await tail(new Request(`http://localhost/api/events/tail?after=${id - 1n}&type=${type}`), {});
      const body = (await response.json()) as { events: { lastError: string | null }[] };
      expect(body.events.map((e) => e.lastError)).toEqual([expected]);
    }
  });

  it("an event id beyond int8 is not found, not a database error", async () => {
    await signInAs("STAFF");
    for (const id of ["9999999999999999999", "99999999999999999999", "9223372036854775808"]) {
      await expect(EventPage({ params: Promise.resolve({ id }) })).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
    }
  });
});
