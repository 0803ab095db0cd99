-- CreateIndex
CREATE INDEX "Person_userId_idx" ON "Person"("userId");
