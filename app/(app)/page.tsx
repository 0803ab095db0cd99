import { redirect } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { dashboardPaths } from "@/lib/auth/roles";

export default async function Home() {
  const viewer = await requirePage("/");
  redirect(dashboardPaths[viewer.roles[0]]);
}
