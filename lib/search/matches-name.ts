const normal = (text: string) => text.toLocaleLowerCase("ru-RU").replaceAll("ё", "е");

/**
 * The in-browser twin of nameSearchWhere, for a list already on screen: every word of the query is part of the label,
 * whatever the case and ё/е («елкина» finds «Ёлкина Юлия»). An empty query matches everything.
 */
export function matchesName(label: string, query: string): boolean {
  const text = normal(label);
  return normal(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
