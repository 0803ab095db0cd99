import { describe, expect, it } from "vitest";
import { describeUnexpected } from "@/lib/errors";

describe("the server log of an unexpected error", () => {
  it("keeps the kind, the database code and where it happened, not the record quoted in the message", () => {
    const error = Object.assign(
      new Error('Invalid `prisma.person.create()` invocation: { lastName: "Иванова", birthDate: "2013-02-31" }'),
      {
        name: "PrismaClientKnownRequestError",
        code: "P2007",
      },
    );
    const logged = describeUnexpected(error);
    expect(logged).toMatch(/^PrismaClientKnownRequestError P2007/);
    expect(logged).toMatch(/\n\s+at /);
    expect(logged).not.toContain("Иванова");
    expect(logged).not.toContain("2013-02-31");
  });
});
