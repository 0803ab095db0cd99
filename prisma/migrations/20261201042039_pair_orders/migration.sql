-- CreateEnum
CREATE TYPE "PairOrderKind" AS ENUM ('INITIAL', 'SUPPLEMENTARY');

-- CreateEnum
CREATE TYPE "PairOrderStatus" AS ENUM ('PENDING', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "Mentorship" ADD COLUMN     "orderId" TEXT;

-- CreateTable
CREATE TABLE "PairOrder" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" "PairOrderKind" NOT NULL,
    "status" "PairOrderStatus" NOT NULL DEFAULT 'PENDING',
    "pendingKey" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "number" TEXT,
    "signedOn" DATE,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "returnComment" TEXT,
    "scanStorageKey" TEXT,
    "scanFileName" TEXT,
    "scanMimeType" TEXT,

    CONSTRAINT "PairOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PairOrder_pendingKey_key" ON "PairOrder"("pendingKey");

-- CreateIndex
CREATE UNIQUE INDEX "PairOrder_scanStorageKey_key" ON "PairOrder"("scanStorageKey");

-- CreateIndex
CREATE INDEX "PairOrder_schoolId_programmeId_status_idx" ON "PairOrder"("schoolId", "programmeId", "status");

-- CreateIndex
CREATE INDEX "Mentorship_orderId_idx" ON "Mentorship"("orderId");

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "PairOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairOrder" ADD CONSTRAINT "PairOrder_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairOrder" ADD CONSTRAINT "PairOrder_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairOrder" ADD CONSTRAINT "PairOrder_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairOrder" ADD CONSTRAINT "PairOrder_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
