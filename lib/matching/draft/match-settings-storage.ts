import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultMatchSettings, matchSettingsSchema, type MatchSettings } from "@/lib/matching/score/match-settings-schema";

/**
 * The programme's stored settings (Programme.matchSettings), read through the form's schema: a programme never saved
 * (or saved before a criterion was added) gets the defaults for what is missing.
 */
export function parseMatchSettings(stored: Prisma.JsonValue | null): MatchSettings {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return defaultMatchSettings;
  const value = stored as Record<string, unknown>;
  const criteria = { ...defaultMatchSettings.criteria, ...(value.criteria as object | undefined) };
  const parsed = matchSettingsSchema.safeParse({ ...defaultMatchSettings, ...value, criteria });
  return parsed.success ? parsed.data : defaultMatchSettings;
}
