-- CreateEnum
CREATE TYPE "MeetingChangeKind" AS ENUM ('EDITED', 'DELETED');

-- CreateTable
CREATE TABLE "MeetingChange" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "MeetingChangeKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingChange_mentorshipId_changedAt_idx" ON "MeetingChange"("mentorshipId", "changedAt");

-- AddForeignKey
ALTER TABLE "MeetingChange" ADD CONSTRAINT "MeetingChange_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingChange" ADD CONSTRAINT "MeetingChange_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingChange" ADD CONSTRAINT "MeetingChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
