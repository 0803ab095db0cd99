-- CreateEnum
CREATE TYPE "RosterKind" AS ENUM ('PUPILS', 'STAFF');

-- CreateEnum
CREATE TYPE "MenteeRequestKind" AS ENUM ('LOW_MOTIVATION', 'POOR_PERFORMANCE', 'ADAPTATION', 'HEALTH_LIMITATIONS', 'GIFTEDNESS', 'CAREER_CHOICE', 'COMMUNICATION', 'PROFESSIONAL_GROWTH', 'OTHER');

-- CreateEnum
CREATE TYPE "InformationSource" AS ENUM ('PERSONAL_FILE', 'CLASS_TEACHER', 'PSYCHOLOGIST', 'PARENT_SURVEY', 'CAREER_TEST', 'QUESTIONNAIRE', 'OTHER');

-- CreateEnum
CREATE TYPE "InterviewRecommendation" AS ENUM ('RECOMMENDED', 'WITH_RESERVATIONS', 'NOT_RECOMMENDED');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('MENTORING', 'PUBLICATION');

-- CreateEnum
CREATE TYPE "ConsentGiverRole" AS ENUM ('SELF', 'PARENT', 'LEGAL_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('PAPER', 'IN_APP');

-- CreateEnum
CREATE TYPE "InvitationRole" AS ENUM ('MENTEE', 'PARENT');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PSYCHOLOGIST';

-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "availability" TEXT,
ADD COLUMN     "certificateIssuedOn" DATE,
ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "partnerId" TEXT,
ADD COLUMN     "preferredFormats" "WorkFormat"[],
ADD COLUMN     "preferredForms" "MentoringForm"[],
ADD COLUMN     "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "strengths" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "rosterKey" TEXT;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "certificateMaxAgeMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "consentRetentionDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "leftAt" DATE;

-- CreateTable
CREATE TABLE "RosterImport" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "userId" TEXT,
    "kind" "RosterKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "markedLeft" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerOrganisation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "agreement" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorInterview" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "interviewerId" TEXT,
    "notes" TEXT,
    "recommendation" "InterviewRecommendation" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorInterview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEvent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MenteeRequest" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "kind" "MenteeRequestKind" NOT NULL,
    "details" TEXT,
    "source" "InformationSource" NOT NULL,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "sharedWithMentor" BOOLEAN NOT NULL DEFAULT false,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MenteeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentText" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "giverId" TEXT NOT NULL,
    "giverRole" "ConsentGiverRole" NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "givenOn" DATE NOT NULL,
    "recordedById" TEXT,
    "scanStorageKey" TEXT,
    "scanFileName" TEXT,
    "scanMimeType" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DestructionAct" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "personId" TEXT NOT NULL,
    "dataCategories" TEXT[],
    "reason" TEXT NOT NULL,
    "performedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DestructionAct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "InvitationRole" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "issuedById" TEXT,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterImport_schoolId_createdAt_idx" ON "RosterImport"("schoolId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganisation_schoolId_name_key" ON "PartnerOrganisation"("schoolId", "name");

-- CreateIndex
CREATE INDEX "MentorInterview_mentorId_heldOn_idx" ON "MentorInterview"("mentorId", "heldOn");

-- CreateIndex
CREATE INDEX "TrainingEvent_schoolId_heldOn_idx" ON "TrainingEvent"("schoolId", "heldOn");

-- CreateIndex
CREATE INDEX "TrainingAttendance_mentorId_idx" ON "TrainingAttendance"("mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendance_eventId_mentorId_key" ON "TrainingAttendance"("eventId", "mentorId");

-- CreateIndex
CREATE INDEX "MenteeRequest_menteeId_idx" ON "MenteeRequest"("menteeId");

-- CreateIndex
CREATE INDEX "MenteeRequest_schoolId_kind_idx" ON "MenteeRequest"("schoolId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentText_schoolId_purpose_version_key" ON "ConsentText"("schoolId", "purpose", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Consent_scanStorageKey_key" ON "Consent"("scanStorageKey");

-- CreateIndex
CREATE INDEX "Consent_schoolId_subjectId_purpose_idx" ON "Consent"("schoolId", "subjectId", "purpose");

-- CreateIndex
CREATE INDEX "Consent_schoolId_withdrawnAt_idx" ON "Consent"("schoolId", "withdrawnAt");

-- CreateIndex
CREATE INDEX "DestructionAct_personId_idx" ON "DestructionAct"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "DestructionAct_schoolId_number_key" ON "DestructionAct"("schoolId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_codeHash_key" ON "Invitation"("codeHash");

-- CreateIndex
CREATE INDEX "Invitation_schoolId_personId_idx" ON "Invitation"("schoolId", "personId");

-- CreateIndex
CREATE INDEX "AuditEntry_schoolId_createdAt_idx" ON "AuditEntry"("schoolId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Person_schoolId_rosterKey_key" ON "Person"("schoolId", "rosterKey");

-- AddForeignKey
ALTER TABLE "RosterImport" ADD CONSTRAINT "RosterImport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterImport" ADD CONSTRAINT "RosterImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorProfile" ADD CONSTRAINT "MentorProfile_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerOrganisation" ADD CONSTRAINT "PartnerOrganisation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorInterview" ADD CONSTRAINT "MentorInterview_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorInterview" ADD CONSTRAINT "MentorInterview_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorInterview" ADD CONSTRAINT "MentorInterview_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEvent" ADD CONSTRAINT "TrainingEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TrainingEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeRequest" ADD CONSTRAINT "MenteeRequest_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeRequest" ADD CONSTRAINT "MenteeRequest_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MenteeRequest" ADD CONSTRAINT "MenteeRequest_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentText" ADD CONSTRAINT "ConsentText_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_textId_fkey" FOREIGN KEY ("textId") REFERENCES "ConsentText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_giverId_fkey" FOREIGN KEY ("giverId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestructionAct" ADD CONSTRAINT "DestructionAct_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestructionAct" ADD CONSTRAINT "DestructionAct_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: no update or delete, unless a maintenance session opts in
-- (SET nastavnik.audit_purge = 'on'), e.g. to remove a whole school.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger AS $$
BEGIN
  IF current_setting('nastavnik.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_entry_append_only"
BEFORE UPDATE OR DELETE ON "AuditEntry"
FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
