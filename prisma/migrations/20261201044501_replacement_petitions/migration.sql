-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Mentorship" ADD COLUMN     "endReason" TEXT;

-- CreateTable
CREATE TABLE "ReplacementPetition" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "filedById" TEXT,
    "byParent" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL,
    "status" "PetitionStatus" NOT NULL DEFAULT 'PENDING',
    "pendingKey" TEXT,
    "decisionComment" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplacementPetition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReplacementPetition_pendingKey_key" ON "ReplacementPetition"("pendingKey");

-- CreateIndex
CREATE INDEX "ReplacementPetition_schoolId_status_createdAt_idx" ON "ReplacementPetition"("schoolId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReplacementPetition_mentorshipId_idx" ON "ReplacementPetition"("mentorshipId");

-- AddForeignKey
ALTER TABLE "ReplacementPetition" ADD CONSTRAINT "ReplacementPetition_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementPetition" ADD CONSTRAINT "ReplacementPetition_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementPetition" ADD CONSTRAINT "ReplacementPetition_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementPetition" ADD CONSTRAINT "ReplacementPetition_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplacementPetition" ADD CONSTRAINT "ReplacementPetition_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
