-- CreateEnum
CREATE TYPE "ProgrammeTextStatus" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "ProgrammeTeamRole" AS ENUM ('CURATOR', 'INFORMATION', 'PSYCHOLOGIST', 'METHODIST', 'CLASS_TEACHER', 'SOCIAL_PEDAGOGUE', 'MEMBER');

-- CreateEnum
CREATE TYPE "ProgrammeResourceKind" AS ENUM ('STAFF', 'METHODICAL', 'MATERIAL', 'PARTNER');

-- CreateEnum
CREATE TYPE "ResourceSource" AS ENUM ('INTERNAL', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "MediaChannel" AS ENUM ('SCHOOL_SITE', 'SOCIAL_NETWORK', 'LOCAL_MEDIA', 'PARTNER_SITE');

-- CreateEnum
CREATE TYPE "ApplicationRole" AS ENUM ('MENTEE', 'MENTOR');

-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('PUPIL', 'TEACHER', 'OUTSIDE_ADULT');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterTable
ALTER TABLE "WorkPlanItem" ADD COLUMN     "result" TEXT,
ADD COLUMN     "status" "ItemStatus" NOT NULL DEFAULT 'PLANNED';

-- CreateTable
CREATE TABLE "ProgrammeTextVersion" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ProgrammeTextStatus" NOT NULL DEFAULT 'DRAFT',
    "sections" JSONB NOT NULL,
    "councilName" TEXT,
    "councilProtocol" TEXT,
    "councilDate" DATE,
    "orderNumber" TEXT,
    "orderDate" DATE,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeTextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTeamMember" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "ProgrammeTeamRole" NOT NULL,
    "duties" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeResource" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" "ProgrammeResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "source" "ResourceSource" NOT NULL,
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaPublication" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "channel" "MediaChannel" NOT NULL,
    "title" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "responsible" TEXT NOT NULL,
    "publishedOn" DATE,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModulePlanItem" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "form" "MentoringForm" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "task" TEXT,
    "period" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'PLANNED',
    "result" TEXT,

    CONSTRAINT "ModulePlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeApplication" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "ApplicationRole" NOT NULL,
    "applicantKind" "ApplicantKind" NOT NULL,
    "text" TEXT NOT NULL,
    "submittedById" TEXT,
    "byParent" BOOLEAN NOT NULL DEFAULT false,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "openKey" TEXT,
    "declineReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeTextVersion_schoolId_programmeId_status_idx" ON "ProgrammeTextVersion"("schoolId", "programmeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTextVersion_programmeId_number_key" ON "ProgrammeTextVersion"("programmeId", "number");

-- CreateIndex
CREATE INDEX "ProgrammeTeamMember_schoolId_programmeId_idx" ON "ProgrammeTeamMember"("schoolId", "programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTeamMember_programmeId_personId_role_key" ON "ProgrammeTeamMember"("programmeId", "personId", "role");

-- CreateIndex
CREATE INDEX "ProgrammeResource_schoolId_programmeId_kind_idx" ON "ProgrammeResource"("schoolId", "programmeId", "kind");

-- CreateIndex
CREATE INDEX "MediaPublication_schoolId_programmeId_plannedOn_idx" ON "MediaPublication"("schoolId", "programmeId", "plannedOn");

-- CreateIndex
CREATE INDEX "ModulePlanItem_programmeId_form_position_idx" ON "ModulePlanItem"("programmeId", "form", "position");

-- CreateIndex
CREATE INDEX "ModulePlanItem_schoolId_idx" ON "ModulePlanItem"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeApplication_openKey_key" ON "ProgrammeApplication"("openKey");

-- CreateIndex
CREATE INDEX "ProgrammeApplication_schoolId_status_createdAt_idx" ON "ProgrammeApplication"("schoolId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ProgrammeApplication_personId_idx" ON "ProgrammeApplication"("personId");

-- AddForeignKey
ALTER TABLE "ProgrammeTextVersion" ADD CONSTRAINT "ProgrammeTextVersion_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTextVersion" ADD CONSTRAINT "ProgrammeTextVersion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTeamMember" ADD CONSTRAINT "ProgrammeTeamMember_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTeamMember" ADD CONSTRAINT "ProgrammeTeamMember_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTeamMember" ADD CONSTRAINT "ProgrammeTeamMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeResource" ADD CONSTRAINT "ProgrammeResource_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeResource" ADD CONSTRAINT "ProgrammeResource_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaPublication" ADD CONSTRAINT "MediaPublication_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaPublication" ADD CONSTRAINT "MediaPublication_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModulePlanItem" ADD CONSTRAINT "ModulePlanItem_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModulePlanItem" ADD CONSTRAINT "ModulePlanItem_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
