import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { mayAccess, ROUTE_ACCESS } from "@/lib/routes/route-access";
import { listAppRoutes } from "../support/app-routes";
import { demoIdentities, viewerWith } from "./support/demo-identities";
import { signIn } from "./support/session";

// axe-core over every page each role may open, at desktop and phone size: no serious or critical violation.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const pages = listAppRoutes().filter((r) => r.kind === "page");

/** Patterns as regular expressions over a pathname, to find a real record's link for each dynamic page. */
const dynamicPages = pages
  .filter((r) => r.dynamic)
  .map((r) => ({ ...r, matcher: new RegExp(`^${r.pattern.replace(/\[[^\]]+\]/g, "[^/?#]+")}$`) }));

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 3)
          .join(", ")}`,
    );
}

for (const identity of demoIdentities) {
  test(`pages of ${identity.login ?? "a signed-out visitor"} have no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(300_000);
    if (identity.login) await signIn(page, identity.login);
    const viewer = viewerWith(identity.roles);
    const open = (pattern: string) => mayAccess(ROUTE_ACCESS[pattern as keyof typeof ROUTE_ACCESS], viewer);
    const found = new Map<string, string>();
    const report: string[] = [];
    const check = async (url: string) => {
      const response = await page.goto(url);
      if (!response || response.status() >= 400) return;
      await page.waitForLoadState("networkidle");
      for (const v of await violations(page)) report.push(`${url}: ${v}`);
      for (const href of await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
        const path = href.split(/[?#]/)[0];
        const match = dynamicPages.find((d) => d.matcher.test(path) && open(d.pattern) && !found.has(d.pattern));
        if (match) found.set(match.pattern, href);
      }
    };
    for (const route of pages.filter(
      (r) =>
        !r.dynamic &&
        (identity.login ? open(r.pattern) && r.pattern !== "/login" : r.pattern === "/login" || r.pattern === "/join"),
    )) {
      await check(route.pattern);
    }
    for (const href of found.values()) await check(href);
    expect(report).toEqual([]);
  });
}
