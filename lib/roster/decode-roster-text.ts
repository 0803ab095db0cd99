export type RosterEncoding = "UTF-8" | "UTF-16" | "Windows-1251";

/**
 * The text of a CSV as schools' journals export it: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's «Unicode text»),
 * otherwise Windows-1251. Bytes that are not valid UTF-8 are taken as Windows-1251, which decodes any byte.
 */
export function decodeRosterText(bytes: Uint8Array): { text: string; encoding: RosterEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "Windows-1251" };
  }
}
