import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { mayAccess, ROUTE_ACCESS, type RoutePattern } from "@/lib/routes/route-access";
import { getViewer } from "./current-viewer";
import type { Viewer } from "./viewer";

/**
 * The one guard of pages, from the route table: signed out → /login; without the route's permission → 403
 * («Нет доступа», app/forbidden.tsx). The page's queries still scope the rows by the viewer (lib/auth/scopes.ts).
 */
export async function requirePage(route: RoutePattern): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!mayAccess(ROUTE_ACCESS[route], viewer)) forbidden();
  return viewer;
}

/** A page's record: "not found" renders 404 and "forbidden" renders 403, the same way on every page. */
export async function loadOrRefuse<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
