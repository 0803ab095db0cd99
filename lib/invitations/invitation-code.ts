import { createHash, randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when printed or typed: no 0/O, 1/I/L. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;
export const INVITATION_VALID_DAYS = 30;

/** Cyrillic letters that look like Latin ones: a code typed on a Russian keyboard still matches. */
const lookAlikes: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
};

/** A new random code, normalised (no dashes). Each character is drawn uniformly with crypto randomness. */
export function generateInvitationCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What the person typed → the form that is hashed: upper case, no dashes or spaces, Cyrillic look-alikes as Latin. */
export function normaliseInvitationCode(typed: string): string {
  return [...typed.toUpperCase().replace(/[\s\-‐‑–—_.]/g, "")].map((ch) => lookAlikes[ch] ?? ch).join("");
}

/** True when the normalised text could be a code at all; anything else is not looked up. */
export function isWellFormedCode(normalised: string): boolean {
  return normalised.length === CODE_LENGTH && [...normalised].every((ch) => CODE_ALPHABET.includes(ch));
}

/** «K7MXQ4PA9R» → «K7MX-Q4PA-9R», for the printed sheet. */
export function formatInvitationCode(code: string): string {
  const normalised = normaliseInvitationCode(code);
  return [normalised.slice(0, 4), normalised.slice(4, 8), normalised.slice(8)].filter(Boolean).join("-");
}

/** Only this hash is stored; the plain code exists only on the printed sheet. */
export function hashInvitationCode(typed: string): string {
  return createHash("sha256").update(normaliseInvitationCode(typed)).digest("hex");
}

export function invitationExpiry(now = new Date(), days = INVITATION_VALID_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}
