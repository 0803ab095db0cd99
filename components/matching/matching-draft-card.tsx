import Link from "next/link";
import { ActionButton } from "@/components/mentees/action-button";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { acceptAllDraftPairs, acceptDraftPair } from "@/lib/matching/draft/accept-draft-pairs";
import type { MatchingDraft } from "@/lib/matching/draft/get-matching-draft";
import { clearMatchExclusions, removeDraftPair } from "@/lib/matching/draft/remove-draft-pair";
import { formatLabels, formLabels } from "@/lib/mentorships/labels";
import { ReplaceMentorForm } from "./replace-mentor-form";
import { RunMatchingForm } from "./run-matching-form";
import { WhyThisPair } from "./why-this-pair";

/**
 * The matching draft (stage 5.3): run the optimiser, then accept, replace or remove each proposed pair; everyone
 * waiting with the reason; the mentors outside the matching. Only accepted pairs go into the order.
 */
export function MatchingDraftCard({ draft }: { draft: MatchingDraft }) {
  const { version, rows, waiting, outside } = draft;
  const proposed = rows.filter((row) => !row.accepted).length;
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-[1fr_22rem]">
      <Card title={`Черновик пар: ${rows.length}`} className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <span>
            Принято: <b data-testid="accepted-count">{rows.length - proposed}</b>, предложено подбором:{" "}
            <b data-testid="proposed-count">{proposed}</b>
          </span>
          {proposed > 0 && <ActionButton action={acceptAllDraftPairs} input={{ version }} label="Принять все предложения" />}
        </div>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-700">Запустите подбор или сформируйте пару вручную.</p>
        ) : (
          <ScrollRegion label="Черновик пар">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Наставляемый
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Наставник
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Форма, формат
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Балл
                  </th>
                  <th scope="col" className="py-2">
                    Решение куратора
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const pairName = `${row.mentee.label} — ${row.mentor.name}`;
                  return (
                    <tr key={row.rowId} className="border-b border-slate-100 align-top" data-testid="draft-row">
                      <td className="py-2 pr-3">{row.mentee.label}</td>
                      <td className="py-2 pr-3">{row.mentor.name}</td>
                      <td className="py-2 pr-3">
                        {formLabels[row.form]}, {formatLabels[row.format].toLowerCase()}
                      </td>
                      <td className="py-2 pr-3">
                        <WhyThisPair score={row.explanation} pairName={pairName} />
                      </td>
                      <td className="space-y-2 py-2">
                        <p>{row.accepted ? "Принята" : "Предложена подбором"}</p>
                        <div className="flex flex-wrap gap-2">
                          {!row.accepted && (
                            <ActionButton
                              action={acceptDraftPair}
                              input={{ version, rowId: row.rowId }}
                              label="Принять"
                              accessibleLabel={`Принять пару: ${pairName}`}
                            />
                          )}
                          <ActionButton
                            action={removeDraftPair}
                            input={{ version, rowId: row.rowId }}
                            label="Убрать"
                            accessibleLabel={`Убрать пару: ${pairName}`}
                            confirm="Убрать эту пару из черновика? Подбор больше не предложит её."
                            variant="ghost"
                          />
                        </div>
                        <ReplaceMentorForm
                          version={version}
                          rowId={row.rowId}
                          menteeName={row.mentee.label}
                          alternatives={row.alternatives}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
      <div className="min-w-0 space-y-4">
        <Card title="Подбор">
          <RunMatchingForm version={version} objective={draft.settings.objective} />
          <p className="mt-3 text-sm">
            <Link href="/curator/pairs/settings" className="text-blue-800 underline">
              Критерии и веса подбора
            </Link>
          </p>
          {draft.exclusions > 0 && (
            <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
              <span>Убрано куратором пар: {draft.exclusions}</span>
              <ActionButton
                action={clearMatchExclusions}
                input={{ version }}
                label="Снова разрешить"
                accessibleLabel="Снова разрешить подбору убранные пары"
                variant="ghost"
              />
            </div>
          )}
        </Card>
        <Card title={`Ждут пару: ${waiting.length}`}>
          {waiting.length === 0 ? (
            <p className="text-sm text-slate-700">Все наставляемые в черновике или уже в парах.</p>
          ) : (
            <ul className="space-y-2 text-sm" aria-label="Наставляемые без пары в черновике">
              {waiting.map((mentee) => (
                <li key={mentee.id}>
                  <span className="font-medium">{mentee.label}</span>
                  <span className="block text-slate-700">{mentee.text}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {outside.length > 0 && (
          <Card title={`Наставники вне подбора: ${outside.length}`}>
            <ul className="space-y-2 text-sm">
              {outside.map((mentor) => (
                <li key={mentor.id}>
                  <span className="font-medium">{mentor.name}</span>
                  <span className="block text-slate-700">{mentor.reasons.join("; ")}</span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </div>
  );
}
