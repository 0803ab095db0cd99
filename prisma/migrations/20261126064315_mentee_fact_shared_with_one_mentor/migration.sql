-- A shared confidential fact is now shared with one mentor, not with whoever leads the mentee later.
ALTER TABLE "MenteeRequest" ADD COLUMN "sharedWithMentorId" TEXT;

-- Facts shared so far go to the mentor who leads the mentee now, if any.
UPDATE "MenteeRequest" AS r
SET "sharedWithMentorId" = (
  SELECT m."mentorId"
  FROM "MentorshipMentee" mm
  JOIN "Mentorship" m ON m."id" = mm."mentorshipId"
  WHERE mm."menteeId" = r."menteeId" AND mm."leftOn" IS NULL AND m."status" IN ('FORMING', 'ACTIVE')
  ORDER BY m."createdAt" DESC
  LIMIT 1
)
WHERE r."sharedWithMentor";

ALTER TABLE "MenteeRequest" DROP COLUMN "sharedWithMentor";

-- AddForeignKey
ALTER TABLE "MenteeRequest" ADD CONSTRAINT "MenteeRequest_sharedWithMentorId_fkey" FOREIGN KEY ("sharedWithMentorId") REFERENCES "MentorProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
