// What the restart benchmark loads: the demo school's dashboards of five roles, the sign-in page (reads no data: the
// control), and three writes made as the browser makes them — a questionnaire's draft, a questionnaire submit (one pending
// copy per request, from a pool) and a meeting log. Each write is tried once before the load, so a scenario that cannot
// work on this data fails here, not as an "outage".
import { actionBody, actionHeaders, actionSucceeded, findActionId, meetingLogInput } from "./bench-actions";
import { BENCH_LOGINS, BENCH_PASSWORD, type BenchRole } from "./bench-logins";
import { ACTIONS, pairLink, questionnaireLink } from "./bench-scenarios";
import { fetchPage, signInOverHttp } from "./bench-session";
import type { RestartRequest, RestartScenario } from "./restart-load";
import { prepareSubmitPool } from "./submit-pool";

const PAGES: [string, BenchRole, string][] = [
  ["curator-dashboard", "curator", "/curator"],
  ["mentor-dashboard", "mentor", "/mentor"],
  ["mentee-dashboard", "mentee", "/mentee"],
  ["parent-dashboard", "parent", "/parent"],
  ["director-report", "director", "/director"],
];

export const MEETING_TOPIC = meetingLogInput("", "").topic;

export async function prepareRestartScenarios(
  origin: string,
  databaseUrl: string,
  buildDir: string,
  poolSize: number,
): Promise<RestartScenario[]> {
  const logins = BENCH_LOGINS.demo;
  const cookie = new Map<BenchRole, string>();
  for (const role of ["curator", "mentor", "mentee", "parent", "director"] as const) {
    cookie.set(role, await signInOverHttp(origin, logins[role], BENCH_PASSWORD));
  }
  const get = (path: string, role: BenchRole | null): RestartRequest => ({
    method: "GET",
    path,
    headers: role ? { cookie: cookie.get(role)! } : {},
  });
  const actionId = (name: keyof typeof ACTIONS) => findActionId(buildDir, ACTIONS[name].file, ACTIONS[name].exportedName);
  const ids = {
    logMeeting: actionId("logMeeting"),
    saveDraft: actionId("saveDraft"),
    submitQuestionnaire: actionId("submitQuestionnaire"),
  };
  const action = (name: keyof typeof ACTIONS, role: BenchRole, path: string, argument: unknown, tag?: string) => ({
    method: "POST" as const,
    path,
    headers: actionHeaders(origin, ids[name], cookie.get(role)!),
    body: actionBody(argument),
    ...(tag && { tag }),
  });
  const tryOnce = async (name: string, request: RestartRequest) => {
    const response = await fetch(`${origin}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
    const body = await response.text();
    if (!actionSucceeded(body)) throw new Error(`${name} does not work before the restart: ${body.slice(0, 300)}`);
  };

  const scenarios: RestartScenario[] = [
    { name: "login-page", next: () => get("/login", null) },
    ...PAGES.map(([name, role, path]) => ({ name, next: () => get(path, role) })),
  ];

  const mentorPage = await fetchPage(origin, "/mentor", cookie.get("mentor")!);
  const pairId = pairLink.exec(mentorPage)?.[1];
  pairLink.lastIndex = 0;
  if (!pairId) throw new Error("The demo mentor has no pair on /mentor");
  const pairPath = `/mentor/pairs/${pairId}`;
  const meeting = action(
    "logMeeting",
    "mentor",
    pairPath,
    meetingLogInput(pairId, await fetchPage(origin, pairPath, cookie.get("mentor")!)),
  );
  await tryOnce("meeting-log", meeting);
  scenarios.push({ name: "meeting-log", next: () => meeting, succeeded: actionSucceeded });

  const menteeQuestionnaire = questionnaireLink.exec(await fetchPage(origin, "/mentee", cookie.get("mentee")!))?.[1];
  if (!menteeQuestionnaire) throw new Error("The demo mentee has no questionnaire to fill on /mentee");
  const questionnairePath = `/questionnaires/${menteeQuestionnaire}`;
  const draft = action("saveDraft", "mentee", questionnairePath, { responseId: menteeQuestionnaire, answers: {} });
  await tryOnce("questionnaire-draft", draft);
  scenarios.push({ name: "questionnaire-draft", next: () => draft, succeeded: actionSucceeded });

  const pool = await prepareSubmitPool(databaseUrl, logins.mentee, poolSize);
  if (!pool) throw new Error("The demo mentee has no pending questionnaire to copy for submits");
  let next = 0;
  const submit = () => {
    const responseId = pool.ids[Math.min(next++, pool.ids.length - 1)];
    return action("submitQuestionnaire", "mentee", questionnairePath, { responseId, answers: pool.answers }, responseId);
  };
  await tryOnce("questionnaire-submit", submit());
  scenarios.push({ name: "questionnaire-submit", next: submit, succeeded: actionSucceeded });
  return scenarios;
}
