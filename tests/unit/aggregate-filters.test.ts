import { describe, expect, it } from "vitest";
import { parseResultsFilter, resultsQuery } from "@/lib/questionnaires/results/parse-results-filter";

describe("results filters from the query string", () => {
  it("reads the known filters and drops an unknown form", () => {
    expect(parseResultsFilter({ campaign: "c1", form: "TEACHER_PUPIL", class: "7А", version: "" })).toEqual({
      versionId: undefined,
      campaignId: "c1",
      form: "TEACHER_PUPIL",
      classKey: "7А",
    });
    expect(parseResultsFilter(new URLSearchParams("form=toString&class=")).form).toBeUndefined();
    expect(parseResultsFilter(new URLSearchParams("form=toString&class=")).classKey).toBeUndefined();
  });

  it("gives the export link the same filters back", () => {
    const filter = parseResultsFilter(new URLSearchParams("version=v2&campaign=c1&form=PUPIL_PUPIL&class=7%D0%91"));
    expect(parseResultsFilter(new URLSearchParams(resultsQuery(filter).slice(1)))).toEqual(filter);
    expect(resultsQuery({})).toBe("");
  });
});
