-- CreateEnum
CREATE TYPE "ReflectionKind" AS ENUM ('PERSONAL', 'GROUP');

-- CreateEnum
CREATE TYPE "FinalEventStatus" AS ENUM ('PLANNED', 'HELD');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('PROPOSED', 'APPROVED', 'DECLINED');

-- CreateTable
CREATE TABLE "PairPresentation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "link" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairPresentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairReflection" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "kind" "ReflectionKind" NOT NULL,
    "personId" TEXT,
    "reflectionKey" TEXT NOT NULL,
    "achieved" TEXT NOT NULL,
    "difficulties" TEXT,
    "nextSteps" TEXT,
    "usefulness" INTEGER,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairReflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalEvent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "status" "FinalEventStatus" NOT NULL DEFAULT 'PLANNED',
    "invitedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalEventGuest" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "certificateNumber" INTEGER NOT NULL,
    "attended" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinalEventGuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorAward" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "nomination" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "AwardStatus" NOT NULL DEFAULT 'PROPOSED',
    "letterNumber" INTEGER,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "MentorAward_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PairPresentation_mentorshipId_key" ON "PairPresentation"("mentorshipId");

-- CreateIndex
CREATE UNIQUE INDEX "PairReflection_reflectionKey_key" ON "PairReflection"("reflectionKey");

-- CreateIndex
CREATE INDEX "PairReflection_mentorshipId_idx" ON "PairReflection"("mentorshipId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalEvent_programmeId_key" ON "FinalEvent"("programmeId");

-- CreateIndex
CREATE INDEX "FinalEvent_schoolId_idx" ON "FinalEvent"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalEventGuest_eventId_personId_key" ON "FinalEventGuest"("eventId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalEventGuest_eventId_certificateNumber_key" ON "FinalEventGuest"("eventId", "certificateNumber");

-- CreateIndex
CREATE INDEX "MentorAward_eventId_status_idx" ON "MentorAward"("eventId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MentorAward_eventId_letterNumber_key" ON "MentorAward"("eventId", "letterNumber");

-- AddForeignKey
ALTER TABLE "PairPresentation" ADD CONSTRAINT "PairPresentation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairPresentation" ADD CONSTRAINT "PairPresentation_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairReflection" ADD CONSTRAINT "PairReflection_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairReflection" ADD CONSTRAINT "PairReflection_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairReflection" ADD CONSTRAINT "PairReflection_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEvent" ADD CONSTRAINT "FinalEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEvent" ADD CONSTRAINT "FinalEvent_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEventGuest" ADD CONSTRAINT "FinalEventGuest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEventGuest" ADD CONSTRAINT "FinalEventGuest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FinalEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEventGuest" ADD CONSTRAINT "FinalEventGuest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAward" ADD CONSTRAINT "MentorAward_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAward" ADD CONSTRAINT "MentorAward_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FinalEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAward" ADD CONSTRAINT "MentorAward_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'FINAL_EVENT_INVITATION';
ALTER TYPE "NotificationKind" ADD VALUE 'AWARD_PROPOSED';
ALTER TYPE "NotificationKind" ADD VALUE 'AWARD_DECIDED';
