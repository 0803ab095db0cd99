import type { AppErrorCode } from "@/lib/errors";

export type ActionResult<Data = unknown> =
  | { ok: true; data: Data }
  | { ok: false; code: AppErrorCode | "INTERNAL"; error: string; fieldErrors?: Record<string, string[]>; details?: unknown };
