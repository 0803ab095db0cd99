// Who the benchmark signs in as: one table per data set, so a change of the generated logins is a change here only.
export type BenchRole = "curator" | "director" | "mentor" | "mentee" | "parent" | "coordinator";
export type BenchData = "demo" | "scale";

export const BENCH_PASSWORD = "nastavnik2026";

export const BENCH_LOGINS: Record<BenchData, Record<BenchRole, string>> = {
  // The demo school (prisma/seed.ts, README «Demo logins»).
  demo: {
    curator: "curator",
    director: "director",
    mentor: "mentor",
    mentee: "mentee",
    parent: "parent",
    coordinator: "coordinator",
  },
  // The generated municipality (npm run seed:scale): the first school's people and the municipality's coordinator.
  scale: {
    curator: "s1.curator",
    director: "s1.director",
    mentor: "s1.mentor",
    mentee: "s1.mentee",
    parent: "s1.parent",
    coordinator: "scale.coordinator",
  },
};
