-- CreateTable
CREATE TABLE "GroupMeeting" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMeetingMentor" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,

    CONSTRAINT "GroupMeetingMentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMeetingMentee" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,

    CONSTRAINT "GroupMeetingMentee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupMeeting_schoolId_programmeId_heldOn_idx" ON "GroupMeeting"("schoolId", "programmeId", "heldOn");

-- CreateIndex
CREATE INDEX "GroupMeetingMentor_mentorId_idx" ON "GroupMeetingMentor"("mentorId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMeetingMentor_meetingId_mentorId_key" ON "GroupMeetingMentor"("meetingId", "mentorId");

-- CreateIndex
CREATE INDEX "GroupMeetingMentee_menteeId_idx" ON "GroupMeetingMentee"("menteeId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMeetingMentee_meetingId_menteeId_key" ON "GroupMeetingMentee"("meetingId", "menteeId");

-- AddForeignKey
ALTER TABLE "GroupMeeting" ADD CONSTRAINT "GroupMeeting_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeeting" ADD CONSTRAINT "GroupMeeting_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentor" ADD CONSTRAINT "GroupMeetingMentor_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentor" ADD CONSTRAINT "GroupMeetingMentor_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentor" ADD CONSTRAINT "GroupMeetingMentor_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentee" ADD CONSTRAINT "GroupMeetingMentee_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentee" ADD CONSTRAINT "GroupMeetingMentee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "GroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMeetingMentee" ADD CONSTRAINT "GroupMeetingMentee_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "MenteeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
