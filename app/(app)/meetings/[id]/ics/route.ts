import { defineRoute } from "@/lib/auth/define-route";
import { meetingIcs } from "@/lib/calendar/meeting-ics";

/** GET /meetings/<planned meeting id>/ics — one planned meeting of a pair the viewer takes part in, as an .ics file. */
export const GET = defineRoute<{ id: string }>("/meetings/[id]/ics", async (_request, viewer, { id }) => {
  const text = await meetingIcs(viewer, id);
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting.ics"; filename*=UTF-8''${encodeURIComponent("Встреча с наставником.ics")}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
