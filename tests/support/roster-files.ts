import fs from "node:fs";
import path from "node:path";

export const rosterFixtureDir = path.join(import.meta.dirname, "../fixtures/roster");

/** Windows-1251 bytes of a text: Node decodes this encoding but cannot encode it. Only ASCII, Cyrillic and «№». */
export function encodeCp1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x410 && code <= 0x44f) bytes[i] = code - 0x410 + 0xc0;
    else if (text[i] === "Ё") bytes[i] = 0xa8;
    else if (text[i] === "ё") bytes[i] = 0xb8;
    else if (text[i] === "№") bytes[i] = 0xb9;
    else throw new Error(`No Windows-1251 byte for «${text[i]}»`);
  }
  return bytes;
}

export function readRosterFixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(rosterFixtureDir, name)));
}

/** A fixture as the browser sends it: a File in FormData. */
export function rosterForm(
  kind: "PUPILS" | "STAFF",
  name: string,
  bytes = readRosterFixture(name),
  extra: Record<string, string> = {},
): FormData {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}
