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

type NameParts = Pick<CaseParticipant, "lastName" | "firstName" | "middleName">;

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
 * left alone (they would match inside other words), and so are the words of the names that are shown (`shown`): a
 * hidden mentor who shares a first name or a surname with a consenting mentee does not strike the mentee's name.
 */
export function redactNames(text: string, hidden: readonly NameParts[], shown: readonly NameParts[] = []) {
  const stemsOf = (people: readonly NameParts[]) =>
    people.flatMap((person) =>
      [person.lastName, person.firstName, person.middleName]
        .flatMap((part) => (part ?? "").split(/[\s-]+/))
        .map((word) => nameStem(word).toLowerCase().replace(/ё/g, "е"))
        .filter((stem) => stem.length >= 3),
    );
  const kept = new Set(stemsOf(shown));
  const stems = new Set(
    stemsOf(hidden)
      .filter((stem) => !kept.has(stem))
      .map(namePattern),
  );
  if (stems.size === 0) return text;
  const alternatives = [...stems].sort((a, b) => b.length - a.length).join("|");
  return text.replace(new RegExp(`(?<!\\p{L})(?:${alternatives})\\p{L}{0,4}(?!\\p{L})`, "giu"), HIDDEN_NAME);
}
