import "server-only";
import { AppError, httpStatusOf } from "@/lib/errors";
import { mayAccess, ROUTE_ACCESS, type RoutePattern } from "@/lib/routes/route-access";
import { getViewer } from "./current-viewer";
import type { Viewer } from "./viewer";

type RouteContext<Params> = { params: Promise<Params> };

/**
 * The guard of route handlers, from the same route table as pages: signed out → 401, without the route's
 * permission → 403, then `handle` scopes its queries by the viewer; an AppError it throws becomes its status and message.
 */
export function defineRoute<Params = Record<string, string>>(
  route: RoutePattern,
  handle: (request: Request, viewer: Viewer, params: Params) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      const viewer = await getViewer();
      if (!viewer) throw new AppError("UNAUTHENTICATED");
      if (!mayAccess(ROUTE_ACCESS[route], viewer)) throw new AppError("FORBIDDEN");
      return await handle(request, viewer, await context.params);
    } catch (error) {
      if (error instanceof AppError) {
        return new Response(error.message, {
          status: httpStatusOf[error.code],
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
      }
      throw error;
    }
  };
}
