import { z } from "zod";

import type { EventHandler } from "@/lib/events/handlers";
import { parseProviderTime } from "@/lib/events/stored-event";
import type { Tx } from "@/lib/db";

/**
 * Seed 000 "Assessment status update": subject `assessments`, action
 * `assessment-status-update`, data {profile_id, questionnaire_id, value, accepted_datetime}.
 * The status list in the seed's prose also names COOLDOWN; unknown values are kept as sent.
 */
const assessmentDataSchema = z.object({
  profile_id: z.string().min(1),
  questionnaire_id: z.union([z.string(), z.number()]).transform(String).optional(),
  value: z.string().min(1),
  accepted_datetime: z.string().nullish(),
});
const envelopeSchema = z.object({ created: z.string().optional(), data: assessmentDataSchema });

/** `portfolios.profile-created-for-portfolio` / `-updated-`: data {id (portfolio), owned_by_user_id, suitability_profile_id}. */
const profileLinkSchema = z.object({
  created: z.string().optional(),
  data: z.object({ id: z.string().min(1), suitability_profile_id: z.string().nullish(), owned_by_user_id: z.string().nullish() }),
});

type HandledEvent = Parameters<EventHandler>[1];

/** The event's own time; our receipt time when InvestSuite sent none (its docs show a placeholder). */
async function eventTime(tx: Tx, event: HandledEvent, created: string | undefined): Promise<Date> {
  const stated = parseProviderTime(created);
  if (stated) return stated;
  const row = await tx.providerEvent.findUniqueOrThrow({ where: { id: event.id }, select: { receivedAt: true } });
  return row.receivedAt;
}

/**
 * Upserts the assessment's status. An event older than the one we hold (out-of-order
 * delivery) changes nothing; a replay of the same event finds the same time and changes nothing.
 */
export const onAssessmentStatusUpdate: EventHandler = async (tx, event) => {
  const parsed = envelopeSchema.safeParse(event.payload);
  if (!parsed.success)
    throw new Error(`Assessment event ${event.id}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")} unreadable.`);
  const { data } = parsed.data;
  const statusAt = await eventTime(tx, event, parsed.data.created);
  const fields = {
    status: data.value,
    statusAt,
    acceptedAt: parseProviderTime(data.accepted_datetime ?? undefined),
    sourceEventId: event.id,
  };
  const key = { profileId: data.profile_id, questionnaireId: data.questionnaire_id ?? "" };
  // Insert, or update only when this event is newer: one statement, so concurrent events cannot interleave.
  await tx.$executeRaw`
    INSERT INTO "SuitabilityAssessment" (id, "profileId", "questionnaireId", status, "statusAt", "acceptedAt", "sourceEventId", "createdAt", "updatedAt")
    VALUES (${crypto.randomUUID()}, ${key.profileId}, ${key.questionnaireId}, ${fields.status}, ${fields.statusAt}, ${fields.acceptedAt},
            ${fields.sourceEventId}, now(), now())
    ON CONFLICT ("profileId", "questionnaireId") DO UPDATE
       SET status = EXCLUDED.status, "statusAt" = EXCLUDED."statusAt", "acceptedAt" = EXCLUDED."acceptedAt",
           "sourceEventId" = EXCLUDED."sourceEventId", "updatedAt" = now()
     WHERE "SuitabilityAssessment"."statusAt" < EXCLUDED."statusAt"`;
};

/** Remembers which portfolio and user a profile belongs to; assessment events name only the profile. */
export const onProfileLinked: EventHandler = async (tx, event) => {
  const parsed = profileLinkSchema.safeParse(event.payload);
  if (!parsed.success) throw new Error(`Profile event ${event.id} has no readable payload (purged?).`);
  const { data } = parsed.data;
  const linkedAt = await eventTime(tx, event, parsed.data.created);
  if (!data.suitability_profile_id) {
    await tx.suitabilityProfileLink.deleteMany({ where: { portfolioRef: data.id, linkedAt: { lt: linkedAt } } });
    return;
  }
  await tx.$executeRaw`
    INSERT INTO "SuitabilityProfileLink" ("portfolioRef", "profileId", "userRef", "linkedAt", "sourceEventId", "updatedAt")
    VALUES (${data.id}, ${data.suitability_profile_id}, ${data.owned_by_user_id ?? null}, ${linkedAt}, ${event.id}, now())
    ON CONFLICT ("portfolioRef") DO UPDATE
       SET "profileId" = EXCLUDED."profileId", "userRef" = EXCLUDED."userRef", "linkedAt" = EXCLUDED."linkedAt",
           "sourceEventId" = EXCLUDED."sourceEventId", "updatedAt" = now()
     WHERE "SuitabilityProfileLink"."linkedAt" < EXCLUDED."linkedAt"`;
};
