import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { requireViewer } from "@/lib/auth/current-viewer";

// Signed-in pages hold people's records: never indexed, even if a link leaks.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <>
      <AppHeader viewer={viewer} />
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
