-- #18: a person's locale and time zone for money and dates (null = the defaults in lib/format/prefs.ts).
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
