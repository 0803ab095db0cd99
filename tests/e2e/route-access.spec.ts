import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Viewer } from "@/lib/auth/viewer";
import { mayAccess, ROUTE_ACCESS, type RouteAccess } from "@/lib/routes/route-access";
import { listAppRoutes, probeUrl, type AppRoute } from "../support/app-routes";
import { demoIdentities, viewerWith } from "./support/demo-identities";
import { signIn } from "./support/session";

// Every route of app/ (read from the file system) as every demo role and signed out, against the route table.
const routes = listAppRoutes();

/** What the route must answer: a refusal is exact (401/403, or the sign-in redirect); an opened page is 200 or its own redirect, an unknown record 404. */
function expected(route: AppRoute, access: RouteAccess, viewer: Viewer | null): string {
  if (access === "public") return "public";
  if (!viewer) return route.kind === "page" ? "to-login" : "401";
  if (!mayAccess(access, viewer)) return "403";
  return route.dynamic ? "404" : "open";
}

async function answer(request: APIRequestContext, route: AppRoute): Promise<string> {
  const response = await request.get(probeUrl(route.pattern), { maxRedirects: 0 });
  const status = response.status();
  if (status >= 500) return `${status}`;
  const location = response.headers()["location"] ?? "";
  if (status >= 300 && status < 400) return new URL(location, "http://x").pathname === "/login" ? "to-login" : "open";
  return status === 200 ? "open" : `${status}`;
}

for (const identity of demoIdentities) {
  test(`every route answers ${identity.login ?? "a signed-out visitor"} as the route table says`, async ({ page }) => {
    test.setTimeout(180_000);
    if (identity.login) await signIn(page, identity.login);
    const viewer = viewerWith(identity.roles);
    const mismatches: string[] = [];
    for (const route of routes) {
      const access = ROUTE_ACCESS[route.pattern as keyof typeof ROUTE_ACCESS];
      expect(access, `${route.pattern} is missing from ROUTE_ACCESS`).toBeDefined();
      const want = expected(route, access, viewer);
      const got = await answer(page.request, route);
      const ok = want === "public" ? !/^5/.test(got) : got === want;
      if (!ok) mismatches.push(`${route.pattern}: expected ${want}, got ${got}`);
    }
    expect(mismatches).toEqual([]);
  });
}

test("a refused page says «Нет доступа» in Russian with status 403", async ({ page }) => {
  await signIn(page, "mentee");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Нет доступа" })).toBeVisible();
});

test("a missing record says so in Russian with status 404", async ({ page }) => {
  await signIn(page, "curator");
  const response = await page.goto("/curator/people/no-such-person");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
});

test("a NUL character in an address is refused with 400, never a 500", async ({ page }) => {
  await signIn(page, "admin");
  for (const url of [
    "/roadmap?responsible=%00",
    "/admin?q=%00",
    "/curator/people/%00",
    "/roadmap/evidence/%00",
    "/admin?q=a%2500b",
  ]) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
  }
  expect((await page.request.get("/roadmap?responsible=%00")).status()).toBe(400);
});

test("malformed export and print addresses answer 404 or the page, never a 500", async ({ page }) => {
  await signIn(page, "curator");
  for (const url of [
    "/curator/export/constructor",
    "/curator/export/__proto__",
    "/curator/export/docx?year=1.5",
    "/curator/export/xlsx?year=9999999999",
    "/curator/print?year=1.5",
    "/curator/consents/print?class=7А&class=7Б",
  ]) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(500);
  }
  expect((await page.request.get("/curator/export/constructor")).status()).toBe(404);
});
