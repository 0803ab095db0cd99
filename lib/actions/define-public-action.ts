import type { z } from "zod";
import { actionFailure } from "./action-failure";
import type { ActionResult } from "./action-result";
import { parseActionInput } from "./parse-action-input";

/**
 * A server action that needs no session because a secret in its input is the permission (a link's token from
 * mail): zod → work → the same result shape as defineAction. `work` must check the secret before anything else.
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
