-- CreateEnum
CREATE TYPE "PlanTaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PlanProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "PlannedMeetingStatus" AS ENUM ('PLANNED', 'HELD', 'NOT_HELD', 'CANCELLED');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "loggedByCurator" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "nextSteps" TEXT;

-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "shownContact" TEXT;

-- CreateTable
CREATE TABLE "IndividualPlan" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "menteeId" TEXT,
    "planKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndividualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "requestId" TEXT,
    "parameter" TEXT,
    "targetValue" DOUBLE PRECISION,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "PlanTaskStatus" NOT NULL DEFAULT 'OPEN',

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanProposal" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "goalId" TEXT,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "comment" TEXT,
    "status" "PlanProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionComment" TEXT,

    CONSTRAINT "PlanProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedMeeting" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "type" "MeetingType" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "topic" TEXT NOT NULL,
    "status" "PlannedMeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "notHeldReason" TEXT,
    "meetingId" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndividualPlan_planKey_key" ON "IndividualPlan"("planKey");

-- CreateIndex
CREATE INDEX "IndividualPlan_schoolId_mentorshipId_idx" ON "IndividualPlan"("schoolId", "mentorshipId");

-- CreateIndex
CREATE INDEX "PlanGoal_planId_position_idx" ON "PlanGoal"("planId", "position");

-- CreateIndex
CREATE INDEX "PlanTask_goalId_position_idx" ON "PlanTask"("goalId", "position");

-- CreateIndex
CREATE INDEX "PlanTask_schoolId_dueOn_idx" ON "PlanTask"("schoolId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_version_key" ON "PlanVersion"("planId", "version");

-- CreateIndex
CREATE INDEX "PlanProposal_planId_status_idx" ON "PlanProposal"("planId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlannedMeeting_meetingId_key" ON "PlannedMeeting"("meetingId");

-- CreateIndex
CREATE INDEX "PlannedMeeting_mentorshipId_startsAt_idx" ON "PlannedMeeting"("mentorshipId", "startsAt");

-- CreateIndex
CREATE INDEX "PlannedMeeting_schoolId_status_startsAt_idx" ON "PlannedMeeting"("schoolId", "status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_schoolId_idx" ON "CalendarFeed"("userId", "schoolId");

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MenteeRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PlanGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProposal" ADD CONSTRAINT "PlanProposal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedMeeting" ADD CONSTRAINT "PlannedMeeting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedMeeting" ADD CONSTRAINT "PlannedMeeting_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedMeeting" ADD CONSTRAINT "PlannedMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
