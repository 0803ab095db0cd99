-- CreateEnum
CREATE TYPE "MonitoringPhase" AS ENUM ('BEFORE', 'AFTER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionType" ADD VALUE 'NUMBER';
ALTER TYPE "QuestionType" ADD VALUE 'DATE';

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "dateValue" DATE,
ALTER COLUMN "numberValue" SET DATA TYPE DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "parameter" TEXT,
ADD COLUMN     "section" TEXT;

-- AlterTable
ALTER TABLE "QuestionnaireResponse" ADD COLUMN     "campaignId" TEXT,
ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftSavedAt" TIMESTAMP(3),
ADD COLUMN     "enteredById" TEXT,
ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "QuestionnaireTemplate" ADD COLUMN     "builtInKey" TEXT,
ADD COLUMN     "familyId" TEXT,
ADD COLUMN     "isCurrent" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mentorMaySeeAnswers" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "QuestionnaireCampaign" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "programmeId" TEXT,
    "title" TEXT NOT NULL,
    "audience" JSONB NOT NULL,
    "monitoringPhase" "MonitoringPhase",
    "dueOn" DATE NOT NULL,
    "createdById" TEXT,
    "lastRemindedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeSwot" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "strengths" TEXT NOT NULL DEFAULT '',
    "weaknesses" TEXT NOT NULL DEFAULT '',
    "opportunities" TEXT NOT NULL DEFAULT '',
    "threats" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeSwot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestionnaireCampaign_schoolId_createdAt_idx" ON "QuestionnaireCampaign"("schoolId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeSwot_programmeId_key" ON "ProgrammeSwot"("programmeId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_campaignId_status_idx" ON "QuestionnaireResponse"("campaignId", "status");

-- CreateIndex
CREATE INDEX "QuestionnaireTemplate_schoolId_isCurrent_idx" ON "QuestionnaireTemplate"("schoolId", "isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireTemplate_familyId_version_key" ON "QuestionnaireTemplate"("familyId", "version");

-- AddForeignKey
ALTER TABLE "QuestionnaireCampaign" ADD CONSTRAINT "QuestionnaireCampaign_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireCampaign" ADD CONSTRAINT "QuestionnaireCampaign_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "QuestionnaireTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireCampaign" ADD CONSTRAINT "QuestionnaireCampaign_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeSwot" ADD CONSTRAINT "ProgrammeSwot_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeSwot" ADD CONSTRAINT "ProgrammeSwot_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "QuestionnaireCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each existing template is the first version of its own family.
UPDATE "QuestionnaireTemplate" SET "familyId" = "id" WHERE "familyId" IS NULL;
