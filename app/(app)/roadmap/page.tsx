import type { Metadata } from "next";
import { RoadmapScreen } from "@/components/roadmap/roadmap-screen";
import { requireViewer } from "@/lib/auth/current-viewer";
import { parseRoadmapView } from "@/lib/roadmap/view-params";

export const metadata: Metadata = { title: "Дорожная карта" };

export default async function RoadmapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  return <RoadmapScreen viewer={viewer} params={parseRoadmapView(await searchParams)} basePath="/roadmap" />;
}
