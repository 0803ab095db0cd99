import { describe, expect, it } from "vitest";
import {
  calendarDateAt,
  formatDate,
  formatInstant,
  formatShortDate,
  parseCalendarDate,
  todayCalendarDate,
} from "@/lib/format/date";
import { schoolYearStart } from "@/lib/roadmap/schedule";
import { SCHOOL_TIME_ZONES } from "@/lib/schools/time-zones";

// 22:30 UTC on 30 November: already 1 December east of Kaliningrad.
const lateEvening = new Date("2026-11-30T22:30:00Z");

describe("a moment is shown in the school's time zone", () => {
  it("is the next day in Moscow and Vladivostok, the same day in Kaliningrad", () => {
    expect(formatInstant(lateEvening, "Europe/Moscow")).toBe("1 декабря 2026");
    expect(formatInstant(lateEvening, "Asia/Vladivostok", "dateTime")).toBe("1 декабря 2026, 08:30");
    expect(formatInstant(lateEvening, "Europe/Kaliningrad", "dateTime")).toBe("1 декабря 2026, 00:30");
    expect(formatInstant(new Date("2026-11-30T21:30:00Z"), "Europe/Kaliningrad", "short")).toBe("30.11.2026");
    expect(formatInstant(new Date("2026-11-30T21:30:00Z"), "Europe/Moscow", "short")).toBe("01.12.2026");
  });

  it("has every style", () => {
    expect(formatInstant(lateEvening, "Asia/Kamchatka", "shortDateTime")).toBe("01.12.2026 10:30");
    expect(formatInstant(lateEvening, "Asia/Yekaterinburg", "time")).toBe("03:30");
  });

  it("works for all eleven zones of Russia, each a whole hour from its western neighbour", () => {
    const hours = SCHOOL_TIME_ZONES.map((zone) =>
      Number(formatInstant(new Date("2026-06-01T00:00:00Z"), zone.id, "time").slice(0, 2)),
    );
    expect(hours).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("a calendar date (@db.Date) is shown as it is", () => {
  it("never shifts, whatever the machine's zone", () => {
    const birthDate = parseCalendarDate("2013-04-01");
    expect(formatShortDate(birthDate)).toBe("01.04.2013");
    expect(formatDate(parseCalendarDate("2026-12-31"))).toBe("31 декабря 2026");
  });
});

describe("today is the school's calendar day", () => {
  it("turns at the school's midnight", () => {
    expect(todayCalendarDate("Asia/Vladivostok", lateEvening)).toEqual(parseCalendarDate("2026-12-01"));
    expect(todayCalendarDate("Europe/Kaliningrad", new Date("2026-11-30T21:30:00Z"))).toEqual(parseCalendarDate("2026-11-30"));
    expect(calendarDateAt(new Date("2026-12-31T21:00:00Z"), "Europe/Moscow")).toEqual(parseCalendarDate("2027-01-01"));
  });

  it("starts the school year on 1 September in the school, not in UTC", () => {
    const moscowSeptember = todayCalendarDate("Europe/Moscow", new Date("2026-08-31T21:30:00Z"));
    expect(schoolYearStart(moscowSeptember)).toBe(2026);
    expect(schoolYearStart(todayCalendarDate("Europe/Kaliningrad", new Date("2026-08-31T21:30:00Z")))).toBe(2025);
  });
});
