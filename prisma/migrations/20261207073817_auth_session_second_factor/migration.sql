-- A session is only fully signed in after its second factor was verified (when the user needs one).
ALTER TABLE "AuthSession" ADD COLUMN "secondFactorVerifiedAt" TIMESTAMP(3);
