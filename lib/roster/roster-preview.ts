import type { RosterKind } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/format/date";
import { fullName } from "@/lib/format/person-name";
import type { RosterProblem } from "./check-roster-rows";
import { classLabel } from "./parse-class-name";
import { countPlan, type RosterAction } from "./plan-roster-import";
import type { RosterMapping } from "./roster-fields";
import type { RosterPlan } from "./load-roster-plan";

/** What the mapping and preview steps show; plain data, sent from the server action to the form. */
export interface RosterPreview {
  kind: RosterKind;
  fileName: string;
  format: string;
  headerLine: number;
  headers: string[];
  mapping: RosterMapping;
  missingColumns: string[];
  /** Sheets passed over, where the class was taken from. */
  notes: string[];
  rows: {
    /** The sheet, when a workbook's several sheets were read. */
    sheet: string | null;
    line: number;
    /** The name as written when the row could not be read. */
    name: string;
    /** The row as read («3; Осипова; Ульяна; …»), so a row with an error can be found in the file. */
    source: string;
    /** «12.03.2013 · 7А» for a pupil, «Учитель математики · стаж 12» for staff. */
    details: string;
    action: RosterAction;
    changes: string[];
    problems: RosterProblem[];
  }[];
  counts: Record<RosterAction, number>;
  classes: string[];
  /** Enrolled pupils of the file's classes who are not in the file (pupil files only). */
  leaving: string[];
}

export function toRosterPreview(plan: RosterPlan, leaving: string[]): RosterPreview {
  const { analysis } = plan;
  return {
    kind: plan.kind,
    fileName: plan.fileName,
    format: analysis.format,
    headerLine: analysis.headerLine,
    headers: analysis.headers,
    mapping: analysis.mapping,
    missingColumns: analysis.missingColumns,
    notes: analysis.notes,
    rows: plan.rows.map((row) => {
      const r = row.record;
      const details = !r
        ? ""
        : r.pupil
          ? [r.birthDate ? formatShortDate(r.birthDate) : "", classLabel(r.pupil)].filter(Boolean).join(" · ")
          : `${r.staff?.position ?? ""} · стаж ${r.staff?.experienceYears ?? "—"}`;
      return {
        sheet: row.sheet,
        line: row.line,
        name: r ? fullName(r) : row.name,
        source: row.text,
        details,
        action: row.action,
        changes: row.changes,
        problems: row.problems,
      };
    }),
    counts: countPlan(plan.rows),
    classes: plan.classes.map(classLabel),
    leaving,
  };
}
