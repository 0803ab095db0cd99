-- AlterTable
ALTER TABLE "MenteeRequest" ADD COLUMN     "sessionLimitMinutes" INTEGER;
