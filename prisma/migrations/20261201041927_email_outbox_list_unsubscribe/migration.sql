-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "listUnsubscribe" TEXT;
