// Server actions over HTTP, the way the browser calls them: a POST to the page with the action's id in `Next-Action`
// and the arguments encoded as React's encodeReply does for plain objects (a JSON array).
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  workers?: Record<string, { exportedName?: string; filename?: string }>;
  exportedName?: string;
  filename?: string;
}

/** The id of the server action `exportedName` exported by `file` (e.g. "lib/mentorships/log-meeting.ts"). */
export function findActionId(buildDir: string, file: string, exportedName: string): string {
  const manifestPath = path.join(buildDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node?: Record<string, ManifestEntry> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const names = [entry, ...Object.values(entry.workers ?? {})];
    if (names.some((n) => n.exportedName === exportedName && (!n.filename || n.filename.endsWith(file)))) return id;
  }
  throw new Error(`Server action ${exportedName} of ${file} is not in ${manifestPath}`);
}

export function actionHeaders(origin: string, actionId: string, cookie: string): Record<string, string> {
  return {
    cookie,
    "next-action": actionId,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    origin,
  };
}

/** The body of a call with one plain-object argument (no strings starting with "$", which React escapes). */
export function actionBody(argument: unknown): string {
  return JSON.stringify([argument]);
}

/** Whether an action's RSC answer carries an ActionResult with ok: true. */
export function actionSucceeded(body: string): boolean {
  return body.includes('"ok":true');
}

/** Calls an action once (used to check a scenario before loading it); returns the answer's text. */
export async function callAction(origin: string, page: string, actionId: string, cookie: string, argument: unknown) {
  const response = await fetch(`${origin}${page}`, {
    method: "POST",
    headers: actionHeaders(origin, actionId, cookie),
    body: actionBody(argument),
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}

/** The input of logMeeting for a pair, read from its page: a regular meeting of yesterday with every mentee present. */
export function meetingLogInput(pairId: string, pairPage: string) {
  const attendeeIds = [
    ...pairPage.matchAll(/name="attendeeIds"[^>]*?value="([^"]+)"|value="([^"]+)"[^>]*?name="attendeeIds"/g),
  ].map((m) => m[1] ?? m[2]);
  return {
    mentorshipId: pairId,
    type: "REGULAR",
    heldOn: new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10),
    durationMinutes: 45,
    topic: "Нагрузочный тест: регулярная встреча",
    summary: "",
    nextSteps: "",
    plannedMeetingId: "",
    attendeeIds: [...new Set(attendeeIds)],
    confirmed: true,
  };
}
