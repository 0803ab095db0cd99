import { formatInstant } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { InvitablePerson } from "@/lib/invitations/list-invitable-people";
import { mentorCategoryLabels } from "@/lib/mentors/labels";
import { MentorInviteButton } from "./mentor-invite-button";
import { StaffInviteForm } from "./staff-invite-form";

interface List {
  rows: InvitablePerson[];
  capped: boolean;
}

/** Staff from the roster and outside mentors from the mentor base who have no account yet, each with «Выдать код». */
export function InvitablePeople({
  staff,
  mentors,
  showStaff,
  timeZone,
}: {
  staff: List;
  mentors: List;
  showStaff: boolean;
  timeZone: string;
}) {
  return (
    <div className="space-y-6">
      {showStaff && (
        <section aria-labelledby="invite-staff">
          <h3 id="invite-staff" className="font-semibold">
            Сотрудники без аккаунта
          </h3>
          <p className="text-sm text-slate-700">Отметьте роли: учитель-наставник — «Наставник», заместитель по ВР — «Куратор»…</p>
          <People list={staff} timeZone={timeZone} empty="У всех сотрудников из списка уже есть аккаунт.">
            {(person) => <StaffInviteForm personId={person.id} name={fullName(person)} />}
          </People>
        </section>
      )}
      <section aria-labelledby="invite-mentors">
        <h3 id="invite-mentors" className="font-semibold">
          Наставники не из школы без аккаунта
        </h3>
        <p className="text-sm text-slate-700">
          Студенты, выпускники, сотрудники партнёров, родители-наставники: роль «Наставник».
        </p>
        <People list={mentors} timeZone={timeZone} empty="Таких наставников в базе нет или у всех уже есть аккаунт.">
          {(person) => <MentorInviteButton personId={person.id} name={fullName(person)} />}
        </People>
      </section>
    </div>
  );
}

function People({
  list,
  empty,
  timeZone,
  children,
}: {
  list: List;
  empty: string;
  timeZone: string;
  children: (person: InvitablePerson) => React.ReactNode;
}) {
  if (list.rows.length === 0) return <p className="mt-2 text-sm">{empty}</p>;
  return (
    <>
      <ul className="mt-2 divide-y divide-slate-100">
        {list.rows.map((person) => (
          <li
            key={person.id}
            aria-label={fullName(person)}
            className="flex flex-col gap-2 py-2 sm:flex-row sm:items-start sm:justify-between"
          >
            <div>
              <p className="font-medium">{fullName(person)}</p>
              <p className="text-sm text-slate-700">
                {person.staff?.position ?? (person.mentor ? mentorCategoryLabels[person.mentor.category] : "")}
                {person.mentor?.partner && ` · ${person.mentor.partner.name}`}
                {person.codeWaitingUntil && ` · код выдан, действует до ${formatInstant(person.codeWaitingUntil, timeZone)}`}
              </p>
            </div>
            <div className="sm:max-w-md">{children(person)}</div>
          </li>
        ))}
      </ul>
      {list.capped && <p className="mt-2 text-sm text-slate-700">Показаны первые 100 — уточните поиск по фамилии.</p>}
    </>
  );
}
