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

/** How a word of a name is looked for: by its stem and any ending, or by its stem and a case ending only. */
interface NamePattern {
  stem: string;
  /** «prefix»: the stem and up to four more letters (long stems); «ending»: the stem and a case ending only. */
  mode: "prefix" | "ending";
  /** A word of a short name (≤3 letters: «Ли», «Ким», «Лев») counts only capitalised, so «ли», «левой», «таким» stay. */
  capital: boolean;
}

const VOWEL_END = /[аеиоуыэюяйь]$/;

/** The case endings a name (a noun's or an adjective-like surname's) takes after its stem. */
const CASE_ENDINGS = [
  "а",
  "я",
  "у",
  "ю",
  "е",
  "и",
  "ы",
  "о",
  "й",
  "ь",
  "ой",
  "ей",
  "ом",
  "ем",
  "ою",
  "ею",
  "ым",
  "им",
  "ая",
  "яя",
  "ую",
  "юю",
  "ого",
  "его",
  "ому",
  "ему",
  "ых",
  "их",
  "ыми",
  "ими",
];

const ADJECTIVE_END = /(?:ий|ый|ой|ая|яя)$/;

/**
 * The patterns a word of a name is found by, in its case forms: «Смирнова» → «смирнов…», «Анна» → «анн» + ending,
 * «Юрий» → «юри» + ending; the fleeting vowel: «Павел» → «павл» + ending (Павла, Павлом), «Лев» → «льв» + ending
 * (Льва), «…ок» → «…к», «…ец» → «…ц», «…ей» → «…ь» (Соловья). Lower case, ё as е.
 */
function namePatterns(word: string): NamePattern[] {
  const w = word.trim().toLowerCase().replace(/ё/g, "е");
  if (w.length < 2) return [];
  const capital = w.length <= 3;
  const patterns: NamePattern[] = [];
  const add = (stem: string, mode: NamePattern["mode"]) => {
    if (stem.length >= 2) patterns.push({ stem, mode: mode === "prefix" && stem.length < 4 ? "ending" : mode, capital });
  };
  if (w.length >= 4) {
    add(VOWEL_END.test(w) ? w.slice(0, -1) : w, "prefix");
    // Adjective surnames decline their two last letters: «Ковальская» → «ковальск» (Ковальской, Ковальскую),
    // «Достоевский» → «достоевск» (Достоевского, Достоевскому), «Толстой» → «толст» (Толстого).
    if (w.length >= 6 && ADJECTIVE_END.test(w)) add(w.slice(0, -2), "prefix");
  } else {
    add(w, "ending");
    // «Ева» → «ев» + ending (Еве, Евой); an indeclinable «Ли» stays as it is.
    if (w.length === 3 && /[ая]$/.test(w)) add(w.slice(0, -1), "ending");
  }
  const fleeting: [RegExp, string[]][] = [
    [/ел$/, ["л"]],
    [/ев$/, ["ьв", "в"]],
    [/ок$/, ["к"]],
    [/ец$/, ["ц"]],
    [/ей$/, ["ь"]],
  ];
  for (const [end, replacements] of fleeting) {
    if (!end.test(w)) continue;
    for (const replacement of replacements) {
      const stem = w.slice(0, -2) + replacement;
      if (stem.length >= 3) add(stem, "ending");
    }
  }
  return patterns;
}

/** A letter in either case (е and ё alike), or upper case only for the first letter of a short name. */
function letterClass(letter: string, upperOnly = false): string {
  if (letter === "е" || letter === "ё") return upperOnly ? "[ЕЁ]" : "[еёЕЁ]";
  const upper = letter.toUpperCase();
  if (upper === letter) return letter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return upperOnly ? upper : `[${letter}${upper}]`;
}

function patternSource({ stem, mode, capital }: NamePattern): string {
  const letters = [...stem].map((letter, index) => letterClass(letter, capital && index === 0)).join("");
  if (mode === "prefix") return `${letters}\\p{L}{0,4}`;
  const endings = CASE_ENDINGS.map((ending) => [...ending].map((letter) => letterClass(letter)).join(""));
  return `${letters}(?:${endings.join("|")})?`;
}

const patternKey = (pattern: NamePattern) => `${pattern.mode}:${pattern.capital}:${pattern.stem}`;

/**
 * Replaces every word of the hidden people's names in a text the curator wrote (or a meeting topic, an achievement's
 * title), in any case form and with ё or е: «Смирнову Кириллу» → «[имя скрыто] [имя скрыто]», «с Анной», «Павлом»,
 * «Льва», «Юрию Ли». Whole words only, with Unicode word boundaries (JS's \b knows only Latin letters). Short names
 * (≤3 letters) count as whole words with a case ending, capitalised. The words of the names that are shown (`shown`)
 * are left alone: a hidden mentor who shares a first name or a surname with a consenting mentee does not strike the
 * mentee's name.
 */
export function redactNames(text: string, hidden: readonly NameParts[], shown: readonly NameParts[] = []) {
  const patternsOf = (people: readonly NameParts[]) =>
    people.flatMap((person) =>
      [person.lastName, person.firstName, person.middleName]
        .flatMap((part) => (part ?? "").split(/[\s-]+/))
        .flatMap(namePatterns),
    );
  const kept = new Set(patternsOf(shown).map(patternKey));
  const patterns = new Map(
    patternsOf(hidden)
      .filter((pattern) => !kept.has(patternKey(pattern)))
      .map((pattern) => [patternKey(pattern), pattern]),
  );
  if (patterns.size === 0) return text;
  const alternatives = [...patterns.values()]
    .sort((a, b) => b.stem.length - a.stem.length)
    .map(patternSource)
    .join("|");
  return text.replace(new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, "gu"), HIDDEN_NAME);
}
