import type { MenteeKind, MentorCategory } from "@/lib/generated/prisma/enums";
import { fullName } from "@/lib/format/person-name";
import { mentorCategoryLabels } from "@/lib/mentors/labels";

/** A person of a case's pair, as the public page needs them; the consent is judged when the page renders. */
export interface CaseParticipant {
  personId: string;
  role: "MENTOR" | "MENTEE";
  lastName: string;
  firstName: string;
  middleName: string | null;
  /** A pupil's class (grade), else null. */
  grade: number | null;
  mentorCategory: MentorCategory | null;
  menteeKind: MenteeKind | null;
  anonymised: boolean;
  /** A valid consent to publication now: the person's own, for a child the parent's too (lib/consent/consent-rules.ts). */
  publicationConsent: boolean;
}

/** «наставляемый, 7 класс», «молодой педагог», «наставник — педагог»: who someone is without their name. */
export function anonymousLabel(person: CaseParticipant): string {
  if (person.role === "MENTOR") {
    const category = person.mentorCategory ? mentorCategoryLabels[person.mentorCategory].toLowerCase() : null;
    return category ? `наставник — ${category}` : "наставник";
  }
  if (person.menteeKind === "YOUNG_TEACHER") return "наставляемый — молодой педагог";
  return person.grade ? `наставляемый, ${person.grade} класс` : "наставляемый";
}

/** A name is shown only when the case shows names, the person consented to publication and was not anonymised. */
export function mayShowName(person: CaseParticipant, showNames: boolean): boolean {
  return showNames && person.publicationConsent && !person.anonymised;
}

export function publicName(person: CaseParticipant, showNames: boolean): string {
  return mayShowName(person, showNames) ? fullName(person) : anonymousLabel(person);
}

export const HIDDEN_NAME = "[имя скрыто]";

/** The stem of a Russian name that its case forms share: «Смирнова» → «Смирнов», «Милана» → «Милан». */
function nameStem(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 4 && /[аяйь]$/i.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

function namePattern(stem: string): string {
  return stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[её]/gi, "[её]");
}

/**
 * Replaces every word of the hidden people's names in a text the curator wrote (or a meeting topic, an achievement's
 * title), in any case form and with ё or е: «Смирнову Кириллу» → «[имя скрыто] [имя скрыто]». Words under 3 letters are
 * left alone (they would match inside other words).
 */
export function redactNames(text: string, hidden: readonly Pick<CaseParticipant, "lastName" | "firstName" | "middleName">[]) {
  const stems = new Set<string>();
  for (const person of hidden) {
    for (const part of [person.lastName, person.firstName, person.middleName]) {
      for (const word of (part ?? "").split(/[\s-]+/)) {
        const stem = nameStem(word);
        if (stem.length >= 3) stems.add(namePattern(stem));
      }
    }
  }
  if (stems.size === 0) return text;
  const alternatives = [...stems].sort((a, b) => b.length - a.length).join("|");
  return text.replace(new RegExp(`(?<!\\p{L})(?:${alternatives})\\p{L}{0,4}(?!\\p{L})`, "giu"), HIDDEN_NAME);
}
