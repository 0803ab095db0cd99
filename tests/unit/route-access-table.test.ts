import { describe, expect, it } from "vitest";
import { ROUTE_ACCESS, mayAccess, roadmapHome } from "@/lib/routes/route-access";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";
import { listAppRoutes } from "../support/app-routes";

const viewer = (...roles: Role[]): Viewer => ({
  userId: "u",
  displayName: "U",
  schoolId: "s",
  schoolName: "S",
  timeZone: "Europe/Moscow",
  roles,
  schools: [{ id: "s", name: "S" }],
});

describe("the route access table", () => {
  it("names every page and route handler of app/, and nothing else", () => {
    const onDisk = listAppRoutes().map((r) => r.pattern);
    expect(onDisk.filter((p) => !(p in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((p) => !onDisk.includes(p))).toEqual([]);
  });

  it("opens pages by permission and refuses the signed-out", () => {
    expect(mayAccess(ROUTE_ACCESS["/admin"], viewer("ADMIN"))).toBe(true);
    expect(mayAccess(ROUTE_ACCESS["/admin"], viewer("CURATOR"))).toBe(false);
    expect(mayAccess(ROUTE_ACCESS["/"], null)).toBe(false);
    expect(mayAccess(ROUTE_ACCESS["/login"], null)).toBe(true);
    expect(mayAccess(ROUTE_ACCESS["/curator/people/[id]"], viewer("PSYCHOLOGIST"))).toBe(true);
  });

  it("gives the psychologist the read-only roadmap and pupils and parents none", () => {
    expect(roadmapHome(viewer("CURATOR"))).toBe("/curator");
    expect(roadmapHome(viewer("PSYCHOLOGIST"))).toBe("/roadmap");
    expect(roadmapHome(viewer("MENTEE"))).toBeNull();
    expect(roadmapHome(viewer("PARENT"))).toBeNull();
  });

  it("opens «Новая программа» and the print view to everyone the roadmap screen offers them to", () => {
    expect(mayAccess(ROUTE_ACCESS["/curator/programmes/new"], viewer("DIRECTOR"))).toBe(true);
    expect(mayAccess(ROUTE_ACCESS["/curator/print"], viewer("MENTOR"))).toBe(true);
  });
});
