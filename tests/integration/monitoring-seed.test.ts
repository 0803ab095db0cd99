import { describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/auth/load-viewer";
import { getMonitoring } from "@/lib/monitoring/get-monitoring";
import { monitoringParameterCodes } from "@/lib/questionnaires/monitoring-parameters";
import { seed } from "@/prisma/seed";
import { useCountingDatabase } from "../support/counting-database";

const database = useCountingDatabase();

describe("monitoring of the demo school", () => {
  it("shows both stages with real numbers, in a fixed number of queries", async () => {
    await seed(database.db, new Date(2026, 10, 24));
    const db = database.db;
    const curatorUser = await db.user.findUniqueOrThrow({ where: { login: "curator" } });
    const curator = (await loadViewer(db, curatorUser.id, curatorUser.sessionVersion))!;

    const { statements, result } = await database.count(() => getMonitoring(curator));
    const monitoring = result!;
    // A statement per query and loaded relation, and one for the logged reads — none per person (the demo has 100+ responses).
    expect(monitoring.participants!.length).toBeGreaterThan(100);
    expect(statements).toBeLessThanOrEqual(15);

    for (const { mean } of monitoring.satisfaction.byRole) expect(mean).toMatchObject({ shown: true });
    expect(monitoring.satisfaction.byForm.some((f) => f.mean.shown)).toBe(true);
    expect(monitoring.growth.map((g) => g.parameter.code)).toEqual(monitoringParameterCodes);
    for (const g of monitoring.growth) {
      expect(g.overall.shown).toBe(true);
      if (g.overall.shown) expect(g.overall.value.improvedPercent).toBeGreaterThan(0);
    }
    const stress = monitoring.growth.find((g) => g.parameter.code === "STRESS")!.overall;
    expect(stress.shown && stress.value.delta).toBeLessThan(0);
    // Pupils who have not yet answered the final questionnaire are not compared.
    const pending = await db.questionnaireResponse.count({
      where: { status: "PENDING", campaign: { monitoringPhase: "AFTER" } },
    });
    expect(pending).toBeGreaterThan(0);
    const compared = new Set(monitoring.participants!.map((p) => p.subjectId)).size;
    const pupilsInPairs = await db.questionnaireResponse.count({ where: { campaign: { monitoringPhase: "BEFORE" } } });
    expect(compared).toBe(pupilsInPairs - pending);
  });
});
