import type { Viewer } from "@/lib/auth/viewer";
import { can, type Permission } from "@/lib/permissions";

/**
 * Who may open each page and route handler of the app, by its pattern. Pages guard themselves with the same
 * permissions (lib/auth/guard.ts, lib/auth/define-route.ts), links are shown from this table (mayOpen), and
 * tests/e2e/route-access.spec.ts walks every route in app/ as every role and checks the answers against it.
 */
export type RouteAccess = "public" | "signed-in" | readonly Permission[];

export const ROUTE_ACCESS = {
  "/login": "public",
  "/join": "public",
  "/api/auth/[...nextauth]": "public",
  /** Links from mail: the token in the address is the permission (the page's button acts, never the GET). */
  "/email/confirm": "public",
  "/email/unsubscribe": "public",
  /** An adult from outside the school applies to be a mentor; the status page finds an application by its link's secret. */
  "/apply/[slug]": "public",
  "/application-status": "public",
  // Test-only, behind its own gate: 404 unless the e2e server turned the fixtures on (lib/e2e-fixtures/fixture-switch.ts).
  "/api/e2e/schools": "public",
  "/": "signed-in",
  "/account": "signed-in",
  "/applications": ["application:submit"],
  "/admin": ["account:manage"],
  "/admin/school": ["school:settings"],
  "/admin/jobs": ["jobs:read"],
  "/consent": ["consent:give-own"],
  "/curator": ["roadmap:edit"],
  "/curator/print": ["roadmap:read"],
  "/curator/export/[format]": ["roadmap:read"],
  "/curator/programmes/new": ["programme:start"],
  "/curator/consents": ["consent:read"],
  "/curator/consents/acts": ["consent:read"],
  "/curator/consents/print": ["consent:read"],
  "/curator/consents/scan/[id]": ["consent:read"],
  "/curator/invitations": ["invitation:manage"],
  "/curator/mentees": ["mentee-base:read"],
  "/curator/mentees/add-pupils": ["mentee-base:edit"],
  "/curator/mentees/add-teacher": ["mentee-base:edit"],
  "/curator/mentors": ["mentor-base:read"],
  "/curator/mentors/[id]": ["mentor-base:read"],
  "/curator/mentors/new": ["mentor-base:edit"],
  "/curator/mentors/partners": ["mentor-base:read"],
  "/curator/mentors/trainings": ["mentor-base:read"],
  "/curator/monitoring": ["monitoring:read"],
  "/curator/pairs": ["mentorship:create"],
  "/curator/pairs/settings": ["mentorship:create"],
  "/curator/unmatched": ["mentorship:create"],
  "/curator/pair-health": ["pair-health:read"],
  "/curator/pair-health/[id]": ["pair-health:read"],
  "/curator/mentor-hours": ["mentor-hours:read"],
  "/curator/mentor-hours/export": ["mentor-hours:read"],
  "/achievements/[id]/evidence": ["achievement:record", "achievement:read-own"],
  "/curator/group-meetings": ["group-meeting:manage"],
  "/curator/group-meetings/[id]": ["group-meeting:manage"],
  "/curator/people/[id]": ["roster:read", "mentee-base:read"],
  "/curator/questionnaires": ["questionnaire:manage-templates"],
  "/curator/questionnaires/templates/new": ["questionnaire:manage-templates"],
  "/curator/questionnaires/templates/[id]": ["questionnaire:manage-templates"],
  "/curator/questionnaires/campaigns": ["questionnaire:run-campaigns"],
  "/curator/questionnaires/campaigns/new": ["questionnaire:run-campaigns"],
  "/curator/questionnaires/campaigns/[id]": ["questionnaire:run-campaigns"],
  "/curator/questionnaires/campaigns/[id]/responses/[responseId]": ["questionnaire:run-campaigns"],
  "/curator/questionnaires/results/[templateId]": ["questionnaire:read-results"],
  "/curator/questionnaires/results/[templateId]/export": ["questionnaire:read-results"],
  "/curator/questionnaires/results/campaign/[campaignId]": ["questionnaire:read-results"],
  "/curator/roster": ["roster:read"],
  "/curator/roster/staff": ["roster:read"],
  "/curator/roster/import": ["roster:import"],
  "/curator/programme": ["programme-document:read"],
  "/curator/applications": ["application:decide"],
  "/curator/programme/team": ["programme-document:read"],
  "/curator/programme/media": ["programme-document:read"],
  "/curator/programme/plans": ["programme-document:read"],
  "/curator/programme/document/[format]": ["programme-document:read"],
  "/director": ["report:read"],
  "/director/orders": ["order:read"],
  "/director/orders/[id]": ["order:read"],
  "/director/orders/[id]/document/[format]": ["order:read"],
  "/director/orders/[id]/scan": ["order:read"],
  "/director/petitions": ["petition:read"],
  "/director/programme": ["programme-document:read"],
  "/director/report/drill-down": ["report:drill-down"],
  "/director/report/export/[format]": ["report:export"],
  "/municipality": ["municipality:read"],
  "/municipality/export/[format]": ["municipality:read"],
  "/municipality/schools/[id]": ["municipality:read"],
  "/operator": ["platform:manage"],
  "/mentee": ["participation:read-own"],
  "/mentor": ["mentorship:read-own"],
  "/mentor/pairs/[id]": ["mentorship:read-own"],
  "/notifications": ["notification:read-own"],
  "/notifications/[id]/open": ["notification:read-own"],
  "/parent": ["family:read-own"],
  "/parent/consents": ["family:read-own"],
  "/preferences": ["preference:enter"],
  "/psychologist": ["mentee-confidential:read"],
  "/questionnaires/[id]": ["questionnaire:answer"],
  "/roadmap": ["roadmap:read"],
  "/roadmap/items/[id]": ["roadmap:read"],
  "/roadmap/evidence/[id]": ["roadmap:update-own"],
  // Issue 13A: plans, planned meetings, calendars. The feed's secret token is its permission.
  "/plans/[id]": ["plan:read"],
  "/plans/[id]/document/[format]": ["plan:read"],
  "/mentor/pairs/[id]/plan": ["plan:edit"],
  "/curator/plans": ["meeting:log-for-mentor"],
  "/curator/plans/[id]/meeting": ["meeting:log-for-mentor"],
  "/meetings/[id]/ics": ["plan:read"],
  "/calendar": ["calendar:own"],
  "/calendar/feed/[token]": "public",
  // Stage 7: completion of the pairs, the final event, awards, certificates.
  "/curator/completion": ["completion:manage"],
  "/pairs/[id]/results": ["completion:read"],
  "/curator/final-event": ["final-event:manage"],
  "/curator/final-event/certificates/[id]": ["final-event:manage"],
  "/curator/final-event/letters/[id]": ["final-event:manage"],
  "/curator/final-event/documents": ["final-event:manage"],
  "/director/awards": ["award:approve"],
  // Stage 7 (issue 14, points 3–4): cases, the public page of a school's programme, the mentors' history, the year's close.
  /** Published cases and the programme's results in aggregate; names only with a publication consent. */
  "/s/[slug]": "public",
  "/curator/cases": ["case:write"],
  "/curator/cases/[id]": ["case:write"],
  "/curator/mentors/[id]/history": ["mentor-base:read"],
  "/curator/mentors/candidates": ["mentor-base:read"],
  "/curator/year-close": ["year:close"],
} as const satisfies Record<string, RouteAccess>;

export type RoutePattern = keyof typeof ROUTE_ACCESS;

/** Whether a viewer (null when signed out) may open a route; the page still limits the records it shows. */
export function mayAccess(access: RouteAccess, viewer: Viewer | null): boolean {
  if (access === "public") return true;
  if (!viewer) return false;
  if (access === "signed-in") return true;
  return access.some((permission) => can(viewer, permission));
}

/** For links: show a link only to a page that would open. */
export function mayOpen(viewer: Viewer, route: RoutePattern): boolean {
  return mayAccess(ROUTE_ACCESS[route], viewer);
}

/** Where the viewer reads the roadmap: editors on the curator's screen, other staff on the read-only one; null for neither. */
export function roadmapHome(viewer: Viewer): "/curator" | "/roadmap" | null {
  if (mayOpen(viewer, "/curator")) return "/curator";
  return mayOpen(viewer, "/roadmap") ? "/roadmap" : null;
}
