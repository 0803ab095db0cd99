import { z } from "zod";

export function optionalText(max: number) {
  return z.string().trim().max(max, `Не длиннее ${max} символов`).default("");
}
