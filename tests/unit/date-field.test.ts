import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateField, isCalendarDate } from "@/lib/validation/date-field";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const out = schema.safeParse(value);
  return out.success ? null : out.error.issues.map((i) => i.message);
};

describe("isCalendarDate", () => {
  it("knows which days exist", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-31")).toBe(false);
    expect(isCalendarDate("2026-13-45")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-00-10")).toBe(false);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("26-1-1")).toBe(false);
  });
});

describe("dateField", () => {
  const required = dateField({ required: "Укажите дату встречи" });
  const optional = dateField();

  it("keeps a real day as the yyyy-mm-dd string", () => {
    expect(required.parse("2024-02-29")).toBe("2024-02-29");
    expect(required.parse(" 2026-11-20 ")).toBe("2026-11-20");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(errorOf(required, "2026-02-31")).toEqual(["Такой даты нет"]);
    expect(errorOf(required, "2026-13-45")).toEqual(["Такой даты нет"]);
    expect(errorOf(required, "2023-02-29")).toEqual(["Такой даты нет"]);
  });

  it("refuses years outside 1900–2100 and text that is not a date", () => {
    expect(errorOf(required, "0000-01-01")).toEqual(["Дата не может быть раньше 01.01.1900"]);
    expect(errorOf(required, "1899-12-31")).toEqual(["Дата не может быть раньше 01.01.1900"]);
    expect(errorOf(required, "2101-01-01")).toEqual(["Дата не может быть позже 31.12.2100"]);
    expect(errorOf(required, "+275760-09-13")).toEqual(["Укажите дату в виде дд.мм.гггг"]);
    expect(errorOf(required, "завтра")).toEqual(["Укажите дату в виде дд.мм.гггг"]);
    expect(errorOf(required, 20260101)).toEqual(["Укажите дату встречи"]);
  });

  it("asks for a required date and gives an empty optional one as an empty string", () => {
    expect(errorOf(required, "")).toEqual(["Укажите дату встречи"]);
    expect(errorOf(required, undefined)).toEqual(["Укажите дату встречи"]);
    expect(optional.parse("")).toBe("");
    expect(optional.parse(undefined)).toBe("");
    expect(errorOf(optional, "2026-02-31")).toEqual(["Такой даты нет"]);
  });

  it("narrows the range and refuses future days when asked", () => {
    const narrow = dateField({ required: "Укажите срок", min: "2026-09-01", max: "2027-08-31" });
    expect(errorOf(narrow, "2026-08-31")).toEqual(["Дата не может быть раньше 01.09.2026"]);
    expect(errorOf(narrow, "2027-09-01")).toEqual(["Дата не может быть позже 31.08.2027"]);
    expect(narrow.parse("2027-01-15")).toBe("2027-01-15");
    const past = dateField({ required: "Укажите дату", notFuture: "Дата в будущем" });
    expect(errorOf(past, "2099-01-01")).toEqual(["Дата в будущем"]);
    expect(past.parse("2020-01-01")).toBe("2020-01-01");
  });
});
