import type { z } from "zod";
import { actionFailure } from "./action-failure";
import type { ActionResult } from "./action-result";
import { parseActionInput } from "./parse-action-input";

/**
 * A server action that needs no session: either a secret in its input is the permission (a link's token from mail) —
 * then `work` checks it before anything else — or it is open to anyone by design (the signed-out application form) —
 * then `work` limits it (per address, per school) and writes nothing a stranger could read back. zod → work → the
 * same result shape as defineAction.
 */
export function definePublicAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  work: (input: z.output<Schema>) => Promise<Data>,
) {
  return async (raw: z.input<Schema>): Promise<ActionResult<Data>> => {
    try {
      return { ok: true, data: await work(parseActionInput(schema, raw)) };
    } catch (error) {
      return actionFailure(error);
    }
  };
}
