import { z } from "zod";
import "@/lib/validation/zod-russian";
import { getViewer } from "@/lib/auth/current-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, describeUnexpected } from "@/lib/errors";
import { assertCan, type Permission } from "@/lib/permissions";
import { rejectNul } from "@/lib/validation/reject-nul";
import type { ActionResult } from "./action-result";

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
      rejectNul(raw);
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError(
          "INVALID",
          "Проверьте поля формы.",
          z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        );
      }
      assertCan(viewer, options.permission);
      return { ok: true, data: await work(parsed.data, viewer) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors, details: error.details };
      }
      console.error(describeUnexpected(error));
      return { ok: false, code: "INTERNAL", error: "Не удалось сохранить: внутренняя ошибка. Попробуйте ещё раз." };
    }
  };
}
