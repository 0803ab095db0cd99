import Link from "next/link";

/** For pupils of 14+ and adult mentors, who give their own consent. */
export function OwnConsentLink() {
  return (
    <p className="mt-6 text-sm">
      <Link href="/consent" className="text-blue-800 underline">
        Моё согласие на обработку персональных данных
      </Link>
    </p>
  );
}
