-- Stage 7: cases of best practice, closing the year

-- AlterTable
ALTER TABLE "Mentorship" ADD COLUMN "carriedFromId" TEXT;

-- CreateTable
CREATE TABLE "PracticeCase" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "mentorshipId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "showGoal" BOOLEAN NOT NULL DEFAULT false,
    "showPlan" BOOLEAN NOT NULL DEFAULT false,
    "showMeetings" BOOLEAN NOT NULL DEFAULT false,
    "showAchievements" BOOLEAN NOT NULL DEFAULT false,
    "showMonitoring" BOOLEAN NOT NULL DEFAULT false,
    "showNames" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeClosure" (
    "programmeId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    "nextProgrammeId" TEXT,
    "decisions" JSONB NOT NULL,

    CONSTRAINT "ProgrammeClosure_pkey" PRIMARY KEY ("programmeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mentorship_carriedFromId_key" ON "Mentorship"("carriedFromId");

-- CreateIndex
CREATE INDEX "PracticeCase_schoolId_publishedAt_idx" ON "PracticeCase"("schoolId", "publishedAt");

-- CreateIndex
CREATE INDEX "PracticeCase_mentorshipId_idx" ON "PracticeCase"("mentorshipId");

-- CreateIndex
CREATE INDEX "ProgrammeClosure_schoolId_idx" ON "ProgrammeClosure"("schoolId");

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Mentorship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeCase" ADD CONSTRAINT "PracticeCase_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeCase" ADD CONSTRAINT "PracticeCase_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeCase" ADD CONSTRAINT "PracticeCase_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeClosure" ADD CONSTRAINT "ProgrammeClosure_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeClosure" ADD CONSTRAINT "ProgrammeClosure_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
