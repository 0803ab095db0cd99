-- The history of meeting corrections kept the attendees' names (field "present": "Иванова Мария, Петров Пётр" →
-- "никто"), and they stayed there after the person's data were anonymised. The app now keeps mentee ids there and reads
-- the names when the history is shown. This rewrites the old entries: a name that is exactly one mentee of that pair
-- (by the name their record has now) becomes that mentee's id; a name that matches nobody (anonymised or renamed since)
-- or several people is dropped and only counted ("fromUnknown" / "toUnknown"). No name stays in the history.
UPDATE "MeetingChange" AS mc
SET "changes" = (
  SELECT jsonb_agg(
    CASE
      WHEN entry->>'field' = 'present' AND jsonb_typeof(entry->'from') = 'string' THEN (
        SELECT jsonb_build_object('field', 'present', 'label', entry->'label')
          || jsonb_object_agg(side.key, side.ids)
          || jsonb_object_agg(side.key || 'Unknown', side.unknown)
        FROM (
          SELECT s.key,
                 COALESCE(jsonb_agg(m.id ORDER BY m.id) FILTER (WHERE m.id IS NOT NULL), '[]'::jsonb) AS ids,
                 count(n.attendee) FILTER (WHERE m.id IS NULL) AS unknown
          FROM unnest(ARRAY['from', 'to']) AS s(key)
          LEFT JOIN LATERAL unnest(
            CASE WHEN coalesce(entry->>s.key, '') IN ('', 'никто') THEN ARRAY[]::text[] ELSE string_to_array(entry->>s.key, ', ') END
          ) AS n(attendee) ON true
          LEFT JOIN LATERAL (
            SELECT CASE WHEN count(*) = 1 THEN min(mm."menteeId") END AS id
            FROM "MentorshipMentee" mm
            JOIN "MenteeProfile" mp ON mp."id" = mm."menteeId"
            JOIN "Person" p ON p."id" = mp."personId"
            WHERE mm."mentorshipId" = mc."mentorshipId"
              AND concat_ws(' ', NULLIF(p."lastName", ''), NULLIF(p."firstName", ''), NULLIF(p."middleName", '')) = n.attendee
          ) AS m ON true
          GROUP BY s.key
        ) AS side
      )
      ELSE entry
    END
    ORDER BY ord
  )
  FROM jsonb_array_elements(mc."changes") WITH ORDINALITY AS list(entry, ord)
)
WHERE jsonb_typeof(mc."changes") = 'array'
  AND EXISTS (
    SELECT 1 FROM jsonb_array_elements(mc."changes") AS old(entry)
    WHERE entry->>'field' = 'present' AND jsonb_typeof(entry->'from') = 'string'
  );
