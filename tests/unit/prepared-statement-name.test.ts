import { describe, expect, it } from "vitest";
import { preparedStatementName } from "@/lib/db/connection";

describe("prepared statement names", () => {
  const sql = 'SELECT "id" FROM "public"."School" WHERE "id" = $1';

  it("name the same SQL the same way and different SQL differently, within PostgreSQL's 63 characters", () => {
    const name = preparedStatementName({ sql, args: ["a"] });
    expect(name).toBe(preparedStatementName({ sql, args: ["b"] }));
    expect(name).not.toBe(preparedStatementName({ sql: sql.replace("School", "Person"), args: ["a"] }));
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(63);
  });

  it("leave a statement with a long IN list unnamed, so one-off texts are not kept per connection", () => {
    const args = Array.from({ length: 41 }, (_, i) => `id-${i}`);
    const inList = `SELECT "id" FROM "public"."Person" WHERE "id" IN (${args.map((_, i) => `$${i + 1}`).join(",")})`;
    expect(preparedStatementName({ sql: inList, args })).toBe("");
    expect(preparedStatementName({ sql: inList, args: args.slice(0, 40) })).not.toBe("");
  });
});
