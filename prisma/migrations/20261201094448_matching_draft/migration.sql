-- AlterTable
ALTER TABLE "MenteeProfile" ADD COLUMN     "availabilitySlots" TEXT[],
ADD COLUMN     "preferredFormats" "WorkFormat"[],
ADD COLUMN     "traits" TEXT[];

-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "availabilitySlots" TEXT[],
ADD COLUMN     "competencyKinds" "MenteeRequestKind"[],
ADD COLUMN     "groupRequest" "MenteeRequestKind",
ADD COLUMN     "traits" TEXT[];

-- AlterTable
ALTER TABLE "MentorshipMentee" ADD COLUMN     "accepted" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "score" INTEGER;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "draftVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "matchSettings" JSONB;

-- CreateTable
CREATE TABLE "MatchExclusion" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchExclusion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchExclusion_schoolId_programmeId_idx" ON "MatchExclusion"("schoolId", "programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchExclusion_programmeId_menteeId_mentorId_key" ON "MatchExclusion"("programmeId", "menteeId", "mentorId");

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchExclusion" ADD CONSTRAINT "MatchExclusion_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
