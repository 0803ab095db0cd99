import { randomInt } from "node:crypto";

/** Letters and digits that are not mistaken for one another when read aloud or copied from a screen. */
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** «k7mx-q4pa-9rtw»: 12 random characters (about 59 bits), drawn uniformly with crypto randomness. */
export function generateTemporaryPassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join("")).join("-");
}
