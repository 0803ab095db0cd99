import http, { type IncomingMessage } from "node:http";
import https from "node:https";

const patched = Symbol.for("nastavnik.appendPeerAddress");

/** Adds the connection's own address as the last X-Forwarded-For hop, as nginx's $proxy_add_x_forwarded_for does. */
export function appendPeer(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const forwarded = request.headers["x-forwarded-for"];
  const earlier = (Array.isArray(forwarded) ? forwarded.join(", ") : forwarded)?.trim();
  request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
}

/**
 * Next.js gives route handlers, server actions and next-auth no socket address: its server only fills
 * X-Forwarded-For from the socket when the header is absent, so a client that sends the header chooses its own
 * address. Appending the peer to every request before Next reads it makes the last hop trustworthy
 * (lib/auth/client-address.ts). Called once from instrumentation.ts, before Next handles requests.
 */
export function appendPeerAddressToRequests(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as typeof Server.prototype & { [patched]?: true };
    if (prototype[patched]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") appendPeer(args[0] as IncomingMessage);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
    prototype[patched] = true;
  }
}
