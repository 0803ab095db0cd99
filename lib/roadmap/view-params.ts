import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ItemStatus, StageNumber } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";

/** The roadmap page's query string; anything unknown falls back to the default view instead of failing. */
export const roadmapViewSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  view: z.enum(["stages", "timeline", "mine"]).catch("stages"),
  status: z.enum(ItemStatus).optional().catch(undefined),
  responsible: z.string().max(64).optional().catch(undefined),
  stage: z.enum(StageNumber).optional().catch(undefined),
});

export type RoadmapViewParams = z.infer<typeof roadmapViewSchema>;

export function parseRoadmapView(searchParams: SearchParams): RoadmapViewParams {
  const flat = Object.fromEntries(Object.keys(searchParams).map((key) => [key, firstParam(searchParams, key) || undefined]));
  return roadmapViewSchema.parse(flat);
}

/** The items the chosen view and filters show. */
export function roadmapItemFilter(params: RoadmapViewParams, viewer: Viewer): Prisma.RoadmapItemWhereInput {
  return {
    ...(params.status ? { status: params.status } : {}),
    ...(params.stage ? { stage: { number: params.stage } } : {}),
    ...(params.view === "mine"
      ? { responsibleId: viewer.userId }
      : params.responsible
        ? { responsibleId: params.responsible }
        : {}),
  };
}
