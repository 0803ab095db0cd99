import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { dashboardPaths } from "@/lib/auth/roles";

export default async function Home() {
  const viewer = await requireViewer();
  redirect(dashboardPaths[viewer.roles[0]]);
}
