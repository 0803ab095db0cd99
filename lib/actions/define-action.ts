import type { z } from "zod";
import { getViewer } from "@/lib/auth/current-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan, type Permission } from "@/lib/permissions";
import { actionFailure } from "./action-failure";
import type { ActionResult } from "./action-result";
import { parseActionInput } from "./parse-action-input";

/**
 * The one way to write a server action: session → zod → permission → work → one result shape.
 * Text holding a NUL character is refused before zod, for every action at once (PostgreSQL cannot store it).
 * `work` must still scope its queries by the viewer: the permission says "may log meetings", not "on which pair".
 */
export function defineAction<Schema extends z.ZodType, Data>(
  options: { schema: Schema; permission: Permission },
  work: (input: z.output<Schema>, viewer: Viewer) => Promise<Data>,
) {
  return async (raw: z.input<Schema>): Promise<ActionResult<Data>> => {
    try {
      const viewer = await getViewer();
      if (!viewer) throw new AppError("UNAUTHENTICATED");
      const input = parseActionInput(options.schema, raw);
      assertCan(viewer, options.permission);
      return { ok: true, data: await work(input, viewer) };
    } catch (error) {
      return actionFailure(error);
    }
  };
}
