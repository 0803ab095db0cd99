import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";

/**
 * Who may do what, in one place. A permission only opens the door to an action;
 * the action's query still limits the rows to what the viewer may see (lib/auth/scopes.ts).
 */
export const PERMISSIONS = {
  "roadmap:read": ["CURATOR", "DIRECTOR", "ADMIN", "MENTOR", "PSYCHOLOGIST"],
  /** Status and result of items the viewer is responsible for; the ownership check is in the query. */
  "roadmap:update-own": ["CURATOR", "DIRECTOR", "ADMIN", "MENTOR"],
  "roadmap:set-status": ["CURATOR", "DIRECTOR", "ADMIN"],
  "roadmap:edit": ["CURATOR", "DIRECTOR", "ADMIN"],
  "roadmap:comment": ["CURATOR", "DIRECTOR", "ADMIN", "MENTOR"],
  "roadmap:advance-stage": ["CURATOR", "DIRECTOR", "ADMIN"],
  "programme:start": ["CURATOR", "DIRECTOR", "ADMIN"],
  "mentorship:read-own": ["MENTOR"],
  /** Forming pairs and groups (stage 5): only with people eligible for matching (consent, readiness, certificate). */
  "mentorship:create": ["CURATOR"],
  "meeting:log": ["MENTOR"],
  /** The order (приказ) fixing pairs (stage 5.4): the curator sends the draft, the director approves or returns it. */
  "order:prepare": ["CURATOR"],
  "order:approve": ["DIRECTOR"],
  "order:read": ["CURATOR", "DIRECTOR"],
  "order:attach-scan": ["CURATOR", "DIRECTOR"],
  /** A pair's life after the order: completion or early termination with a reason. */
  "mentorship:end": ["CURATOR"],
  /** The group meeting of mentors and candidate mentees (stage 5.1): date, place, who was there. */
  "group-meeting:manage": ["CURATOR"],
  /** Preferences after the group meeting (stage 5.2): a mentee ranks mentors, a mentor mentees, a parent answers for a
   * child under 14; each ranks only people who were at a meeting with them (checked in the query). */
  "preference:enter": ["MENTEE", "PARENT", "MENTOR"],
  "preference:enter-as-mentee": ["MENTEE"],
  "preference:enter-as-mentor": ["MENTOR"],
  "preference:read": ["CURATOR"],
  /** Mentees left without a pair (stage 5.5): the curator refers one to the psychologist, who sees it as a task. */
  "referral:create": ["CURATOR"],
  "referral:close": ["PSYCHOLOGIST"],
  /** A petition to replace the mentor (ходатайство о замене наставника): the mentee, or a parent for their child. */
  "petition:file": ["MENTEE", "PARENT"],
  "petition:decide": ["DIRECTOR"],
  "petition:read": ["DIRECTOR", "CURATOR"],
  "questionnaire:answer": ["MENTEE", "PARENT", "MENTOR"],
  /** The school's questionnaire templates: built-in ones taken over, edited in the builder (a new version once answered). */
  "questionnaire:manage-templates": ["CURATOR"],
  /** Sending a template to an audience with a deadline, reminders, completion, typing in a paper form's answers. */
  "questionnaire:run-campaigns": ["CURATOR"],
  /** Aggregates only (distribution, mean), never for a group under MIN_GROUP_SIZE respondents. */
  "questionnaire:read-results": ["CURATOR", "DIRECTOR"],
  /** Individual answers: the curator; a mentor only of their own mentees and only where the template allows (in the query). */
  "questionnaire:read-answers": ["CURATOR", "MENTOR"],
  /** Monitoring: stage 1 (quality: satisfaction by form and role, SWOT) and stage 2 (growth: before/after). */
  "monitoring:read": ["CURATOR", "DIRECTOR"],
  "monitoring:edit-swot": ["CURATOR"],
  /** Each participant's before/after values (individual data): the curator only. */
  "monitoring:read-participants": ["CURATOR"],
  "family:read-own": ["PARENT"],
  "participation:read-own": ["MENTEE"],
  "report:read": ["DIRECTOR", "CURATOR", "ADMIN"],
  "account:manage": ["ADMIN"],
  /** The school's own settings: its time zone. */
  "school:settings": ["ADMIN"],
  /** Codes for staff from the roster, with the roles they get (a teacher as MENTOR, a psychologist, another admin…). */
  "account:invite-staff": ["ADMIN"],
  /** Codes for mentors from the mentor base who are not staff: students, alumni, partner employees, parents. */
  "account:invite-mentor": ["ADMIN", "CURATOR"],
  /** One's own account (/account): password and e-mail; the action touches only the viewer's own user. */
  "account:manage-own": ["CURATOR", "MENTOR", "MENTEE", "PARENT", "DIRECTOR", "ADMIN", "PSYCHOLOGIST", "COORDINATOR", "OPERATOR"],
  // Participants (stages 2–4). Children's data: every read of a record is logged (lib/audit/record-reads.ts).
  "roster:read": ["CURATOR", "DIRECTOR", "ADMIN", "PSYCHOLOGIST"],
  "roster:import": ["CURATOR", "ADMIN"],
  "mentee-base:read": ["CURATOR", "DIRECTOR", "PSYCHOLOGIST"],
  "mentee-base:edit": ["CURATOR", "PSYCHOLOGIST"],
  /** Confidential facts (ОВЗ, psychologist's notes); a mentor sees only those shared for their own mentees, checked in the query. */
  "mentee-confidential:read": ["CURATOR", "PSYCHOLOGIST"],
  "mentee-confidential:read-shared": ["MENTOR"],
  "mentee-confidential:share": ["CURATOR"],
  "mentor-base:read": ["CURATOR", "DIRECTOR"],
  "mentor-base:edit": ["CURATOR"],
  "consent:read": ["CURATOR", "DIRECTOR", "ADMIN"],
  "consent:record-paper": ["CURATOR", "ADMIN"],
  "consent:manage-texts": ["CURATOR", "ADMIN"],
  /** In the app, by the signed-in person: a parent for their child, a pupil of 14+ or an adult for themselves. */
  "consent:give-own": ["PARENT", "MENTEE", "MENTOR"],
  "invitation:manage": ["CURATOR", "ADMIN"],
  "audit:read": ["CURATOR", "ADMIN"],
  /** One's own notifications (the bell); the query takes only the viewer's own. */
  "notification:read-own": ["CURATOR", "MENTOR", "MENTEE", "PARENT", "DIRECTOR", "ADMIN", "PSYCHOLOGIST"],
  /** The background jobs' runs and failures (/admin/jobs). */
  "jobs:read": ["ADMIN"],
  // Issue 17: the programme as the document a school approves.
  /** The programme's text, working group, resources, media plan and plans; the document built from them. */
  "programme-document:read": ["CURATOR", "DIRECTOR"],
  /** Editing them: an approved text version is never changed in place (a change makes the next version). */
  "programme-document:edit": ["CURATOR", "DIRECTOR"],
  /** «Утверждено»: the director approves a version with the council's protocol and the order. */
  "programme-document:approve": ["DIRECTOR"],
  /** A voluntary application to take part: for oneself, or a parent for their child (a pupil under 14 only so). */
  "application:submit": ["PARENT", "MENTEE", "MENTOR"],
  /** Accepting an application into the base of mentees or mentors, or declining it with a reason. */
  "application:decide": ["CURATOR"],
  // Issue 13A: individual plans, planned meetings, calendars. Which pair: lib/auth/scopes.ts (mentorshipsInView).
  /** A pair's plan and planned meetings: the curator every pair, a mentor their own, a mentee theirs, a parent their child's. */
  "plan:read": ["CURATOR", "MENTOR", "MENTEE", "PARENT"],
  "plan:edit": ["MENTOR"],
  /** The mentee proposes a change to their plan, a parent for their child under 14 (lib/plans/plan-proposer.ts); the
   * pair's mentor accepts or declines it. */
  "plan:propose": ["MENTEE", "PARENT"],
  "plan:decide": ["MENTOR"],
  /** Plan the next meetings of one's own pairs; change or cancel them. */
  "meeting:plan": ["MENTOR"],
  /** The curator logs a meeting on a mentor's behalf (marked as such). */
  "meeting:log-for-mentor": ["CURATOR"],
  /** The mentor chooses the contact their mentees and parents see. */
  "mentor:set-contact": ["MENTOR"],
  /** One's own calendar feed (a secret link) of planned meetings and plan deadlines. */
  "calendar:own": ["MENTOR", "MENTEE", "PARENT"],
  // Stage 6, the pairs' work (issue 13B). The mentor's side is checked in the query: only their own pairs.
  /** Interim results (olympiads, competitions, projects, events) with evidence: the pair's mentor or the curator. */
  "achievement:record": ["MENTOR", "CURATOR"],
  /** A mentee's own achievements and a parent's child's, with their evidence files (the query takes only those). */
  "achievement:read-own": ["MENTEE", "PARENT"],
  /** The control board of all pairs' health, and the school's thresholds. A mentor sees their own pairs' health. */
  "pair-health:read": ["CURATOR"],
  "pair-health:settings": ["CURATOR"],
  /** Mentors' hours per month (meetings plus preparation) and their XLSX for the school's accounting. */
  "mentor-hours:read": ["CURATOR", "DIRECTOR"],
  /** A mentor's own preparation hours; their own hours are shown on their page. */
  "mentor-hours:enter-own": ["MENTOR"],
  // Issue 14: the director's report, the municipality, the platform.
  /** The report's drill-down by parallel, class and form down to the list of pairs (names): director and curator. */
  "report:drill-down": ["DIRECTOR", "CURATOR"],
  /** The director's report as XLSX, DOCX and PDF (aggregates only). */
  "report:export": ["DIRECTOR", "CURATOR"],
  /** The municipality's schools in aggregate (no personal data, nothing below a school); the query takes only the
   * coordinator's own municipality. */
  "municipality:read": ["COORDINATOR"],
  /** Creating municipalities and schools with their first admin. */
  "platform:manage": ["OPERATOR"],
  // Stage 7 (issue 14, points 1–2): completion of the pairs, the final event, awards. Which pair: in the query.
  /** The completion board: per pair, its final meeting, presentation and reflections; launching the second monitoring. */
  "completion:manage": ["CURATOR"],
  /** A pair's results page (presentation and reflections): its mentor, its mentees, their parents, the curator. */
  "completion:read": ["CURATOR", "MENTOR", "MENTEE", "PARENT"],
  /** The pair's presentation of results and the group's reflection: the pair's own mentor. */
  "presentation:write": ["MENTOR"],
  /** One's own reflection: the pair's mentor or a mentee of it. */
  "reflection:write-own": ["MENTOR", "MENTEE"],
  /** The final event: date, place, invitations, attendance, award proposals, certificates and letters. */
  "final-event:manage": ["CURATOR"],
  /** Awards to mentors the curator proposed: the director approves or declines. */
  "award:approve": ["DIRECTOR"],
  // Stage 7 (issue 14, points 3–4): cases of best practice, the long-term base of mentors, closing the year.
  /** Cases of best practice from a pair's data: writing, choosing what to reveal, publishing on the public page. */
  "case:write": ["CURATOR"],
  /** Closing a programme's year: every open pair completed, terminated or carried over to the next programme. */
  "year:close": ["CURATOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(viewer: Viewer, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return viewer.roles.some((role) => allowed.includes(role));
}

export function assertCan(viewer: Viewer, permission: Permission): void {
  if (!can(viewer, permission)) throw new AppError("FORBIDDEN");
}
