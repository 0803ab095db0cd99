import { describe, expect, it } from "vitest";
import { readFixtureSwitch } from "@/lib/e2e-fixtures/fixture-switch";

const token = "t".repeat(32);

describe("the switch of the browser-test fixtures", () => {
  it("is off without E2E_FIXTURES, whatever else is set", () => {
    expect(readFixtureSwitch({})).toEqual({ on: false });
    expect(readFixtureSwitch({ E2E_FIXTURES: "", E2E_FIXTURES_TOKEN: token })).toEqual({ on: false });
    expect(readFixtureSwitch({ E2E_FIXTURES_TOKEN: token, NODE_ENV: "production" })).toEqual({ on: false });
  });

  it("is off in the environment the unit and integration tests run in", () => {
    expect(readFixtureSwitch(process.env)).toEqual({ on: false });
  });

  it("refuses any value but «1», and «1» without a long enough token: the server does not start with them", () => {
    for (const flag of ["true", "0", "yes", " 1"]) {
      expect(() => readFixtureSwitch({ E2E_FIXTURES: flag, E2E_FIXTURES_TOKEN: token })).toThrow(/only «1»/);
    }
    expect(() => readFixtureSwitch({ E2E_FIXTURES: "1" })).toThrow(/E2E_FIXTURES_TOKEN/);
    expect(() => readFixtureSwitch({ E2E_FIXTURES: "1", E2E_FIXTURES_TOKEN: token.slice(1) })).toThrow(/E2E_FIXTURES_TOKEN/);
  });

  it("is on with E2E_FIXTURES=1 and a token of 32 characters or more", () => {
    expect(readFixtureSwitch({ E2E_FIXTURES: "1", E2E_FIXTURES_TOKEN: token })).toEqual({ on: true, token });
  });
});
