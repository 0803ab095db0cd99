import { describe, expect, it } from "vitest";
import { planSchema } from "@/lib/plans/plan-schema";

const task = (id: string) => ({ id, title: "Решить задачи", dueOn: "", status: "OPEN" });
const goal = (id: string, tasks: ReturnType<typeof task>[]) => ({ id, title: "Подготовка к олимпиаде", tasks });
const plan = (goals: ReturnType<typeof goal>[]) => ({ mentorshipId: "m", version: 1, goals });

describe("the plan form", () => {
  it("takes new goals and tasks (no ids) and saved ones each once", () => {
    expect(planSchema.safeParse(plan([goal("", [task(""), task("")]), goal("", [])])).success).toBe(true);
    expect(planSchema.safeParse(plan([goal("g1", [task("t1"), task("t2")]), goal("g2", [task("t3")])])).success).toBe(true);
  });

  it("refuses a goal or a task sent twice, which would make the save drop another's rows", () => {
    expect(planSchema.safeParse(plan([goal("g1", []), goal("g1", [])])).success).toBe(false);
    expect(planSchema.safeParse(plan([goal("g1", [task("t1")]), goal("g2", [task("t1")])])).success).toBe(false);
  });
});
