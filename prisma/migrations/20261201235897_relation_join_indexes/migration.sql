-- CreateIndex
CREATE INDEX "Consent_subjectId_idx" ON "Consent"("subjectId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_menteeId_idx" ON "MeetingAttendance"("menteeId");

-- CreateIndex
CREATE INDEX "ParentChild_childId_idx" ON "ParentChild"("childId");

-- CreateIndex
CREATE INDEX "RoadmapItem_stageId_idx" ON "RoadmapItem"("stageId");
