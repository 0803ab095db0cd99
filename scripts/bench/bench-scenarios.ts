// What the benchmark measures (issue 15): the floor, each role's dashboard, the heavy curator pages, the
// coordinator's view, and two writes made the way the browser makes them (server actions).
import type { BenchRole } from "./bench-logins";

export interface PageScenario {
  kind: "page";
  name: string;
  role: BenchRole | null;
  /** A fixed path, or one found on the role's pages at the start of the run (ids differ between data sets). */
  path: string | ((found: Discovered) => string | null);
  dashboard?: boolean;
}

export interface ActionScenario {
  kind: "action";
  name: string;
  role: BenchRole;
  action: "logMeeting" | "saveDraft" | "submitQuestionnaire";
}

export type Scenario = PageScenario | ActionScenario;

/** Ids read from the pages themselves before the load starts. */
export interface Discovered {
  resultsTemplateId: string | null;
  mentorPairIds: string[];
  menteeQuestionnaireId: string | null;
}

export const FLOOR = "floor";

export const SCENARIOS: Scenario[] = [
  // A static route of the same server (prerendered at build, through the same proxy): what no page can beat.
  { kind: "page", name: FLOOR, role: null, path: "/manifest.webmanifest" },
  // The sign-in page: rendered on each request (its CSP nonce) but reads no data — the first reference point.
  { kind: "page", name: "login-page", role: null, path: "/login" },
  { kind: "page", name: "curator-dashboard", role: "curator", path: "/curator", dashboard: true },
  { kind: "page", name: "mentor-dashboard", role: "mentor", path: "/mentor", dashboard: true },
  { kind: "page", name: "mentee-dashboard", role: "mentee", path: "/mentee", dashboard: true },
  { kind: "page", name: "parent-dashboard", role: "parent", path: "/parent", dashboard: true },
  { kind: "page", name: "director-report", role: "director", path: "/director", dashboard: true },
  { kind: "page", name: "roadmap", role: "curator", path: "/roadmap" },
  { kind: "page", name: "mentee-base", role: "curator", path: "/curator/mentees?pair=without&eligibility=eligible" },
  { kind: "page", name: "mentor-base", role: "curator", path: "/curator/mentors?status=READY" },
  {
    kind: "page",
    name: "questionnaire-results",
    role: "curator",
    path: (found) => found.resultsTemplateId && `/curator/questionnaires/results/${found.resultsTemplateId}`,
  },
  { kind: "page", name: "monitoring", role: "curator", path: "/curator/monitoring" },
  { kind: "page", name: "coordinator-view", role: "coordinator", path: "/municipality" },
  { kind: "action", name: "questionnaire-draft", role: "mentee", action: "saveDraft" },
  { kind: "action", name: "questionnaire-submit", role: "mentee", action: "submitQuestionnaire" },
  { kind: "action", name: "meeting-log", role: "mentor", action: "logMeeting" },
];

/** Server actions: the file and export name that find their id in the build's server-reference manifest. */
export const ACTIONS = {
  logMeeting: { file: "lib/mentorships/log-meeting.ts", exportedName: "logMeeting" },
  saveDraft: { file: "lib/questionnaires/save-draft.ts", exportedName: "saveDraft" },
  submitQuestionnaire: { file: "lib/questionnaires/submit-questionnaire.ts", exportedName: "submitQuestionnaire" },
} as const;

const ID = "([A-Za-z0-9_-]+)";

/** The first questionnaire results page linked from the curator's questionnaires. */
export const resultsLink = new RegExp(`/curator/questionnaires/results/${ID}"`);
/** The mentor's pairs and groups, as linked from their dashboard. */
export const pairLink = new RegExp(`/mentor/pairs/${ID}"`, "g");
/** A questionnaire to fill, as linked from the mentee's dashboard. */
export const questionnaireLink = new RegExp(`/questionnaires/${ID}"`);
