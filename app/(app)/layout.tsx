import { AppHeader } from "@/components/app-header";
import { requireViewer } from "@/lib/auth/current-viewer";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <>
      <AppHeader viewer={viewer} />
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
