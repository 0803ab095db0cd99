-- CreateEnum
CREATE TYPE "PreferenceDirection" AS ENUM ('MENTEE_TO_MENTOR', 'MENTOR_TO_MENTEE');

-- CreateTable
CREATE TABLE "MatchPreference" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "direction" "PreferenceDirection" NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "enteredById" TEXT,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchPreference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchPreference_schoolId_programmeId_direction_idx" ON "MatchPreference"("schoolId", "programmeId", "direction");

-- CreateIndex
CREATE INDEX "MatchPreference_mentorId_idx" ON "MatchPreference"("mentorId");

-- CreateIndex
CREATE INDEX "MatchPreference_menteeId_idx" ON "MatchPreference"("menteeId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchPreference_programmeId_direction_menteeId_mentorId_key" ON "MatchPreference"("programmeId", "direction", "menteeId", "mentorId");

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchPreference" ADD CONSTRAINT "MatchPreference_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
