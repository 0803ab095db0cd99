-- AlterTable
ALTER TABLE "AuditEntry" ALTER COLUMN "schoolId" DROP NOT NULL;
