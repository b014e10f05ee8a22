-- Trigram matching for the events list's payload text filter (PGlite loads the contrib
-- extension in scripts/lib/embedded-db.ts, so this works on the embedded default too).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- What the filter searches: every string and number value of the payload, one a line,
-- without its keys (half the size of the JSON text, and a key alone never matches).
-- The indexer, the not-yet-indexed tail scan and the bench loader all use this one function.
CREATE FUNCTION event_search_text(payload jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT coalesce(string_agg(v #>> '{}', E'\n'), '')
            FROM jsonb_path_query(payload, 'strict $.** ? (@.type() == "string" || @.type() == "number")') AS v);

-- CreateTable
CREATE TABLE "EventSearchText" (
    "eventId" BIGINT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "EventSearchText_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE INDEX "EventSearchText_text_idx" ON "EventSearchText" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "EventSearchText" ADD CONSTRAINT "EventSearchText_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ProviderEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
