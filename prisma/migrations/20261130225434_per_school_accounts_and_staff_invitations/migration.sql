-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InvitationRole" ADD VALUE 'STAFF';
ALTER TYPE "InvitationRole" ADD VALUE 'MENTOR';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "roles" "Role"[] DEFAULT ARRAY[]::"Role"[];

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

-- Accounts switched off before switching off became per school: every school of theirs keeps them off,
-- and the global flag is left for anonymised accounts only.
UPDATE "Membership" m SET "deactivatedAt" = u."updatedAt"
  FROM "User" u WHERE u."id" = m."userId" AND u."isActive" = false;
UPDATE "User" SET "isActive" = true WHERE "isActive" = false AND "login" NOT LIKE 'anonymised-%';
