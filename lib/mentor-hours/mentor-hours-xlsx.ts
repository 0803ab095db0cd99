import ExcelJS from "exceljs";
import { formatMonth } from "@/lib/format/date";
import { addTableSheet } from "@/lib/xlsx/add-table-sheet";
import type { MentorHours } from "./list-mentor-hours";

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/**
 * Mentors' hours for the school's accounting: «Часы наставников» with one row per mentor and month that has hours
 * (meetings, their hours, preparation, total), and «Итого за год» with one row per mentor.
 */
export async function mentorHoursXlsx(doc: { schoolName: string; startYear: number; mentors: MentorHours[] }) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const years = `${doc.startYear}/${doc.startYear + 1} учебный год`;
  const detail = addTableSheet(workbook, {
    name: "Часы наставников",
    titles: ["Учёт часов работы наставников", `${doc.schoolName}, ${years}`],
    orientation: "landscape",
    columns: [
      { header: "Наставник", width: 36 },
      { header: "Месяц", width: 16 },
      { header: "Встреч", width: 10 },
      { header: "Часы встреч", width: 13, numFmt: "0.0" },
      { header: "Часы подготовки", width: 16, numFmt: "0.0" },
      { header: "Всего часов", width: 13, numFmt: "0.0" },
    ],
  });
  for (const mentor of doc.mentors) {
    for (const m of mentor.months) {
      if (m.meetingMinutes + m.preparationMinutes === 0) continue;
      detail.addRow([
        mentor.name,
        formatMonth(m.month),
        m.meetings,
        hours(m.meetingMinutes),
        hours(m.preparationMinutes),
        hours(m.meetingMinutes + m.preparationMinutes),
      ]);
    }
  }
  detail.finish();
  const totals = addTableSheet(workbook, {
    name: "Итого за год",
    titles: ["Часы наставников за учебный год", `${doc.schoolName}, ${years}`],
    orientation: "portrait",
    columns: [
      { header: "Наставник", width: 40 },
      { header: "Встреч", width: 10 },
      { header: "Всего часов", width: 14, numFmt: "0.0" },
    ],
  });
  for (const mentor of doc.mentors) {
    totals.addRow([mentor.name, mentor.months.reduce((s, m) => s + m.meetings, 0), hours(mentor.totalMinutes)]);
  }
  totals.finish();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
