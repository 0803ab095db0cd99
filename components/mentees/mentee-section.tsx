import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/mentees/action-button";
import { MatchingProfileForm } from "@/components/mentees/matching-profile-form";
import { MenteeTextForm } from "@/components/mentees/mentee-text-form";
import { RequestForm } from "@/components/mentees/request-form";
import { ShareFactControl } from "@/components/mentees/share-fact-control";
import { hasRole, type Viewer } from "@/lib/auth/viewer";
import { formatInstant } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import { removeCandidate } from "@/lib/mentees/candidates";
import type { MenteeSection as Mentee } from "@/lib/mentees/get-mentee-card";
import { menteeKindLabels, requestKindLabels, sourceLabels } from "@/lib/mentees/labels";
import { removeMenteeRequest } from "@/lib/mentees/requests";
import { can } from "@/lib/permissions";

/** The person's place in the mentee base: the requests the viewer may read (the query filtered them) and the controls they may use. */
export function MenteeSection({ viewer, mentee }: { viewer: Viewer; mentee: Mentee }) {
  const mayEdit = can(viewer, "mentee-base:edit");
  const mayShare = can(viewer, "mentee-confidential:share");
  // Filled only for the curator and psychologist: for them a share to a mentor who no longer leads the mentee is marked.
  const knowsMentors = can(viewer, "mentee-confidential:read");
  const mentors = mentee.currentMentors.map((m) => ({ id: m.id, name: shortName(m.person) }));
  return (
    <Card title="База наставляемых" className="mt-4">
      <p>
        {menteeKindLabels[mentee.kind]} · в базе с {formatInstant(mentee.createdAt, viewer.timeZone, "short")}
      </p>
      {mayEdit ? (
        <div className="mt-3">
          <MenteeTextForm personId={mentee.personId} request={mentee.request ?? ""} />
        </div>
      ) : (
        <p className="mt-2">Запрос своими словами: {mentee.request || "не записан"}</p>
      )}
      <h3 className="mt-4 font-semibold">Запросы</h3>
      {mentee.requests.length === 0 && <p className="text-slate-700">Запросов пока нет.</p>}
      <ul className="divide-y divide-slate-100">
        {mentee.requests.map((r) => (
          <li key={r.id} className="py-3">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {requestKindLabels[r.kind]}
              {r.confidential && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">Конфиденциально</span>}
              {r.confidential && r.sharedWithMentor && (
                <span className="rounded bg-blue-100 px-2 py-0.5 text-xs text-blue-900">
                  Открыто наставнику: {shortName(r.sharedWithMentor.person)}
                </span>
              )}
              {knowsMentors && r.confidential && r.sharedWithMentor && !mentors.some((m) => m.id === r.sharedWithMentor!.id) && (
                <span className="text-xs font-normal text-slate-700">
                  (сейчас не ведёт наставляемого — сведения ему не видны)
                </span>
              )}
            </p>
            {r.details && <p className="mt-1">{r.details}</p>}
            <p className="mt-1 text-sm text-slate-700">
              Источник: {sourceLabels[r.source]} · {formatInstant(r.createdAt, viewer.timeZone, "short")}
              {r.addedBy && ` · внёс(ла): ${r.addedBy.displayName}`}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              {mayShare && r.confidential && (
                <ShareFactControl
                  requestId={r.id}
                  kindLabel={requestKindLabels[r.kind]}
                  shared={!!r.sharedWithMentor}
                  mentors={mentors}
                />
              )}
              {mayEdit && (
                <ActionButton
                  action={removeMenteeRequest}
                  input={{ requestId: r.id }}
                  label="Удалить"
                  accessibleLabel={`Удалить запрос: ${requestKindLabels[r.kind]}`}
                  confirm={`Удалить запрос «${requestKindLabels[r.kind]}»?`}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      {mayEdit && (
        <>
          <h3 className="mt-4 font-semibold">Для подбора пары</h3>
          <MatchingProfileForm personId={mentee.personId} profile={mentee} />
          <h3 className="mt-4 font-semibold">Новый запрос</h3>
          <RequestForm personId={mentee.personId} byPsychologist={hasRole(viewer, "PSYCHOLOGIST")} />
          <div className="mt-6 border-t border-slate-200 pt-4">
            <ActionButton
              action={removeCandidate}
              input={{ personId: mentee.personId }}
              label="Убрать из базы наставляемых"
              confirm="Убрать человека из базы наставляемых вместе с его запросами?"
            />
          </div>
        </>
      )}
    </Card>
  );
}
