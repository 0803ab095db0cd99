// No "server-only": the generator runs from the command line and from tests.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { createDefaultConsentTexts } from "@/lib/consent/create-default-consent-texts";
import type { SqlRunner } from "@/lib/db/migrations";
import { calendarDateValue } from "@/lib/format/date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { builtInTemplates } from "@/lib/questionnaires/library";
import { builtInTemplateRows } from "@/lib/questionnaires/library/template-rows";
import { buildProgramme } from "@/lib/roadmap/build-programme";
import { defaultTemplateContent } from "@/lib/roadmap/default-template";
import { stageOrder } from "@/lib/roadmap/labels";
import { schoolYearLabel, schoolYearStart } from "@/lib/roadmap/schedule";
import { scaleSchoolSql, type ScaleSchool } from "./scale-school-sql";
import { fitsPupils, scaleSpec } from "./scale-spec";

export interface ScaleOptions {
  schools: number;
  /** 1 is issue 15's school; tests use a fraction. */
  factor?: number;
  seed?: number;
  today?: Date;
  password: string;
  municipalityName?: string;
  log?: (line: string) => void;
}

export const SCALE_MUNICIPALITY = "Нагрузочный муниципальный округ";
/** The tables whose rows the generator reports (and the benchmark's EXPLAIN test calls large). */
export const SCALE_TABLES = [
  "Person",
  "Pupil",
  "Staff",
  "User",
  "Mentorship",
  "MentorshipMentee",
  "Meeting",
  "MeetingAttendance",
  "QuestionnaireResponse",
  "Answer",
  "AuditEntry",
] as const;

const quoted = (table: string) => `"${table}"`;

/**
 * A municipality of `schools` generated schools, each at stage 6 with a year's pairs, meetings, questionnaires and
 * audit, and a coordinator (`scale.coordinator`). Logins of school k: `s<k>.director`, `s<k>.curator`, `s<k>.mentor`,
 * `s<k>.mentee`, `s<k>.parent`, all with `password`. Each school is written in three transactions (its people and
 * accounts, its programme and questionnaires, its pairs and their year); the run refuses a database that holds any school.
 */
export async function generateScale(db: PrismaClient, sql: SqlRunner, options: ScaleOptions) {
  const { schools, factor = 1, seed = 20261201, password, log = () => undefined } = options;
  const spec = scaleSpec(factor);
  if (!fitsPupils(spec)) throw new Error(`A school of factor ${factor} is too small for its pairs.`);
  // Never into a working database: every generated account has the demo password.
  if ((await db.school.count()) > 0) throw new Error("This database already holds schools: generate into a fresh database.");
  const today = options.today ?? new Date();
  const todayUtc = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const startYear = schoolYearStart(todayUtc);
  const passwordHash = await hashPassword(password);
  const municipality = await db.municipality.upsert({
    where: { name: options.municipalityName ?? SCALE_MUNICIPALITY },
    create: { name: options.municipalityName ?? SCALE_MUNICIPALITY },
    update: {},
  });
  await db.user.create({
    data: {
      id: "u-scale-coordinator",
      login: "scale.coordinator",
      displayName: "Координатор нагрузочного округа",
      passwordHash,
      municipalMemberships: { create: { municipalityId: municipality.id } },
    },
  });

  const current = stageOrder.indexOf("PAIR_WORK") + 1;
  for (let k = 1; k <= schools; k++) {
    const started = Date.now();
    const schoolId = `scale-school-${k}`;
    const name = `МБОУ «Средняя школа № ${k}»`;
    await db.school.create({
      data: {
        id: schoolId,
        slug: `scale-${k}`,
        name,
        shortName: `Школа № ${k}`,
        municipality: municipality.name,
        municipalityId: municipality.id,
      },
    });
    const plan = buildProgramme({
      schoolId,
      startYear,
      forms: ["TEACHER_PUPIL", "PUPIL_PUPIL"],
      content: defaultTemplateContent,
      newId: randomUUID,
      responsible: { CURATOR: `u-z${k}-st-2`, DIRECTOR: `u-z${k}-st-1` },
    });
    const stagePosition = new Map(plan.stages.map((stage) => [stage.id, stage.position]));
    const templates = builtInTemplateRows(schoolId, builtInTemplates, randomUUID);
    const templateOf = (key: string) => templates.templates.find((t) => t.builtInKey === key)!.id;
    const school: ScaleSchool = {
      number: k,
      schoolId,
      programmeId: plan.programme.id!,
      yearStart: `${startYear}-09-01`,
      today: calendarDateValue(todayUtc),
      seed,
      passwordHash,
      templates: {
        "mentee-satisfaction": templateOf("mentee-satisfaction"),
        "mentor-satisfaction": templateOf("mentor-satisfaction"),
        "parent-survey": templateOf("parent-survey"),
        monitoring: templateOf("monitoring"),
        "meeting-feedback": templateOf("meeting-feedback"),
      },
      mentoringTextId: "",
    };
    const statements = scaleSchoolSql(school, spec);
    await sql.exec("BEGIN");
    try {
      for (const statement of statements.people) await sql.exec(statement);
      await sql.exec("COMMIT");
    } catch (error) {
      await sql.exec("ROLLBACK");
      throw error;
    }
    await db.$transaction(
      async (tx) => {
        await tx.programme.createMany({
          data: [
            {
              ...plan.programme,
              title: `Программа наставничества, ${schoolYearLabel(startYear)} учебный год`,
              currentStage: "PAIR_WORK",
            },
          ],
        });
        await tx.programmeStage.createMany({ data: plan.stages });
        await tx.roadmapItem.createMany({
          data: plan.items.map((item) => ({
            ...item,
            status: stagePosition.get(item.stageId)! < current ? ("DONE" as const) : ("PLANNED" as const),
          })),
        });
        await tx.workPlanItem.createMany({ data: plan.workPlan });
        await tx.questionnaireTemplate.createMany({ data: templates.templates });
        await tx.question.createMany({ data: templates.questions });
        await createDefaultConsentTexts(tx, { id: schoolId, name });
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
    const text = await db.consentText.findFirstOrThrow({ where: { schoolId, purpose: "MENTORING" }, select: { id: true } });
    const work = scaleSchoolSql({ ...school, mentoringTextId: text.id }, spec).work;
    await sql.exec("BEGIN");
    try {
      for (const statement of work) await sql.exec(statement);
      await sql.exec("COMMIT");
    } catch (error) {
      await sql.exec("ROLLBACK");
      throw error;
    }
    log(`school ${k}/${schools}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await sql.exec("ANALYZE");
  const totals: Record<string, number> = {};
  for (const table of SCALE_TABLES) {
    const [row] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${quoted(table)}`);
    totals[table] = row.count;
  }
  return { municipalityId: municipality.id, totals };
}
