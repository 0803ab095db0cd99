import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { describeUnexpected } from "@/lib/errors";
import { clientAddress } from "./client-address";
import { endSession, SESSION_MAX_AGE_SECONDS } from "./end-session";
import { verifyCredentials } from "./verify-credentials";

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
    /** This sign-in's id: «Выйти» puts it on the ended list (lib/auth/end-session.ts). */
    sessionId?: string;
    /** When this sign-in happened (ms): a session ends SESSION_MAX_AGE_SECONDS after it, however often it is renewed. */
    signedInAt?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Credentials sign-in requires JWT sessions; lib/auth/load-viewer.ts re-checks the user on every request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: "/login" },
  logger: {
    // A failed sign-in is an expected outcome (rate limits are counted in the database), not a server error.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(describeUnexpected(error));
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      authorize: async (credentials, request) => {
        const user = await verifyCredentials(getDb(), credentials, clientAddress(request.headers));
        return user && { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Set once at sign-in and carried through every renewal of the token (its "jti" changes on each renewal).
      if (user) {
        token.sessionVersion = user.sessionVersion;
        token.sid = randomUUID();
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sessionVersion as number | undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : undefined;
      return session;
    },
  },
  events: {
    // Every way out (the «Выйти» action and next-auth's own sign-out endpoint) ends the session on the server.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string" && token.sub) await endSession(getDb(), token.sid, token.sub);
    },
  },
});
