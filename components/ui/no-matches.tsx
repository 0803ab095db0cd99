import Link from "next/link";

/**
 * What an empty list says: that nobody matched the search (with the way back to the whole list), or, with no search,
 * the list's own empty text.
 */
export function NoMatches({ query, resetHref, otherwise }: { query: string; resetHref: string; otherwise: string }) {
  if (!query) return <p>{otherwise}</p>;
  return (
    <p role="status">
      Никого не найдено по запросу «{query}».{" "}
      <Link href={resetHref} className="text-blue-800 underline">
        Сбросить поиск
      </Link>
    </p>
  );
}
