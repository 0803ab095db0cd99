-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "contact" TEXT;
