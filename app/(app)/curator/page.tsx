import type { Metadata } from "next";
import { RoadmapScreen } from "@/components/roadmap/roadmap-screen";
import { requirePage } from "@/lib/auth/guard";
import { parseRoadmapView } from "@/lib/roadmap/view-params";

export const metadata: Metadata = { title: "Дорожная карта" };

export default async function CuratorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePage("/curator");
  return <RoadmapScreen viewer={viewer} params={parseRoadmapView(await searchParams)} basePath="/curator" />;
}
