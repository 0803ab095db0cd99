import fs from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** The pattern as ROUTE_ACCESS names it, e.g. "/curator/people/[id]". */
  pattern: string;
  kind: "page" | "handler";
  dynamic: boolean;
}

const appDir = path.join(process.cwd(), "app");

/** Every page and route handler under app/, read from the file system so that a new one cannot be left out of a test. */
export function listAppRoutes(dir = appDir): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...listAppRoutes(full));
    else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      const segments = path
        .relative(appDir, dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      routes.push({
        pattern: `/${segments.join("/")}`,
        kind: entry.name === "page.tsx" ? "page" : "handler",
        dynamic: segments.some((s) => s.startsWith("[")),
      });
    }
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** A URL for a pattern with ids that exist nowhere: a permitted viewer gets 404, a refused one 403. */
export function probeUrl(pattern: string): string {
  return pattern.replace(/\[\.\.\.(\w+)\]/g, "probe").replace(/\[(\w+)\]/g, "no-such-$1");
}
