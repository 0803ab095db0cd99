-- CreateTable
CREATE TABLE "RoadmapItemCoResponsible" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "RoadmapItemCoResponsible_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapItemComment" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapItemComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapEvidence" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoadmapItemCoResponsible_schoolId_userId_idx" ON "RoadmapItemCoResponsible"("schoolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapItemCoResponsible_itemId_userId_key" ON "RoadmapItemCoResponsible"("itemId", "userId");

-- CreateIndex
CREATE INDEX "RoadmapItemComment_itemId_createdAt_idx" ON "RoadmapItemComment"("itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapEvidence_storageKey_key" ON "RoadmapEvidence"("storageKey");

-- CreateIndex
CREATE INDEX "RoadmapEvidence_itemId_idx" ON "RoadmapEvidence"("itemId");

-- AddForeignKey
ALTER TABLE "RoadmapItemCoResponsible" ADD CONSTRAINT "RoadmapItemCoResponsible_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItemCoResponsible" ADD CONSTRAINT "RoadmapItemCoResponsible_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItemCoResponsible" ADD CONSTRAINT "RoadmapItemCoResponsible_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItemComment" ADD CONSTRAINT "RoadmapItemComment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItemComment" ADD CONSTRAINT "RoadmapItemComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItemComment" ADD CONSTRAINT "RoadmapItemComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapEvidence" ADD CONSTRAINT "RoadmapEvidence_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapEvidence" ADD CONSTRAINT "RoadmapEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapEvidence" ADD CONSTRAINT "RoadmapEvidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
