-- CreateTable
CREATE TABLE "PsychologistReferral" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "note" TEXT,
    "openKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closeNote" TEXT,

    CONSTRAINT "PsychologistReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PsychologistReferral_openKey_key" ON "PsychologistReferral"("openKey");

-- CreateIndex
CREATE INDEX "PsychologistReferral_schoolId_closedAt_idx" ON "PsychologistReferral"("schoolId", "closedAt");

-- CreateIndex
CREATE INDEX "PsychologistReferral_menteeId_idx" ON "PsychologistReferral"("menteeId");

-- AddForeignKey
ALTER TABLE "PsychologistReferral" ADD CONSTRAINT "PsychologistReferral_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PsychologistReferral" ADD CONSTRAINT "PsychologistReferral_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
