-- CreateEnum
CREATE TYPE "AchievementKind" AS ENUM ('OLYMPIAD', 'COMPETITION', 'PROJECT', 'EVENT');

-- CreateEnum
CREATE TYPE "AchievementLevel" AS ENUM ('SCHOOL', 'MUNICIPAL', 'REGIONAL', 'FEDERAL');

-- CreateEnum
CREATE TYPE "AchievementResult" AS ENUM ('PARTICIPANT', 'PRIZE_WINNER', 'WINNER');

-- CreateTable
CREATE TABLE "Achievement" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "kind" "AchievementKind" NOT NULL,
    "title" TEXT NOT NULL,
    "level" "AchievementLevel" NOT NULL,
    "result" "AchievementResult" NOT NULL,
    "achievedOn" DATE NOT NULL,
    "evidenceStorageKey" TEXT,
    "evidenceFileName" TEXT,
    "evidenceMimeType" TEXT,
    "evidenceSize" INTEGER,
    "evidenceSha256" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Achievement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairHealthSettings" (
    "schoolId" TEXT NOT NULL,
    "firstMeetingDays" INTEGER NOT NULL DEFAULT 14,
    "attentionDays" INTEGER NOT NULL DEFAULT 14,
    "riskDays" INTEGER NOT NULL DEFAULT 28,
    "lowFeedbackScore" DOUBLE PRECISION NOT NULL DEFAULT 3,
    "curatorAfterDays" INTEGER NOT NULL DEFAULT 7,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairHealthSettings_pkey" PRIMARY KEY ("schoolId")
);

-- CreateTable
CREATE TABLE "MeetingFeedbackRequest" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingFeedbackRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorPreparation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorPreparation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Achievement_evidenceStorageKey_key" ON "Achievement"("evidenceStorageKey");

-- CreateIndex
CREATE INDEX "Achievement_schoolId_achievedOn_idx" ON "Achievement"("schoolId", "achievedOn");

-- CreateIndex
CREATE INDEX "Achievement_mentorshipId_achievedOn_idx" ON "Achievement"("mentorshipId", "achievedOn");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFeedbackRequest_responseId_key" ON "MeetingFeedbackRequest"("responseId");

-- CreateIndex
CREATE INDEX "MeetingFeedbackRequest_mentorshipId_createdAt_idx" ON "MeetingFeedbackRequest"("mentorshipId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorPreparation_schoolId_month_idx" ON "MentorPreparation"("schoolId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MentorPreparation_mentorId_month_key" ON "MentorPreparation"("mentorId", "month");

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairHealthSettings" ADD CONSTRAINT "PairHealthSettings_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedbackRequest" ADD CONSTRAINT "MeetingFeedbackRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedbackRequest" ADD CONSTRAINT "MeetingFeedbackRequest_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedbackRequest" ADD CONSTRAINT "MeetingFeedbackRequest_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuestionnaireResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPreparation" ADD CONSTRAINT "MentorPreparation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorPreparation" ADD CONSTRAINT "MentorPreparation_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
