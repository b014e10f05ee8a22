-- CreateTable
CREATE TABLE "PollCursor" (
    "name" TEXT NOT NULL,
    "cursor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PollCursor_pkey" PRIMARY KEY ("name")
);
