-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'APPLICATION_SUBMITTED';

-- AlterTable
ALTER TABLE "ProgrammeApplication" ADD COLUMN     "applicantCategory" "MentorCategory",
ADD COLUMN     "applicantEmail" TEXT,
ADD COLUMN     "applicantFirstName" TEXT,
ADD COLUMN     "applicantLastName" TEXT,
ADD COLUMN     "applicantMiddleName" TEXT,
ADD COLUMN     "applicantPhone" TEXT,
ADD COLUMN     "consentTextId" TEXT,
ADD COLUMN     "statusTokenHash" TEXT,
ALTER COLUMN "personId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeApplication_statusTokenHash_key" ON "ProgrammeApplication"("statusTokenHash");

-- AddForeignKey
ALTER TABLE "ProgrammeApplication" ADD CONSTRAINT "ProgrammeApplication_consentTextId_fkey" FOREIGN KEY ("consentTextId") REFERENCES "ConsentText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
