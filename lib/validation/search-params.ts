/** A page's query string as Next.js gives it: a key may come once, several times (a list) or not at all. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query-string key, as typed; undefined when absent. Repeated keys never reach a query as a list. */
export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}
