import { getDb } from "@/lib/db/client";
import { createFixtureSchool } from "@/lib/e2e-fixtures/create-fixture-school";
import { fixtureRequestAllowed } from "@/lib/e2e-fixtures/fixture-request-allowed";

/**
 * Test-only: the browser tests' fixture (tests/e2e/support/fixtures.ts) asks for a school of its own. Answers 404,
 * as a route that does not exist, unless the e2e server turned the fixtures on and the request carries its token
 * from this machine (lib/e2e-fixtures/fixture-request-allowed.ts).
 */
export async function POST(request: Request): Promise<Response> {
  if (!fixtureRequestAllowed(request.headers)) return new Response("Not Found", { status: 404 });
  return Response.json(await createFixtureSchool(getDb()), { status: 201 });
}
