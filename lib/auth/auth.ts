import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./verify-credentials";

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Credentials sign-in requires JWT sessions; lib/auth/load-viewer.ts re-checks the user on every request.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  pages: { signIn: "/login" },
  logger: {
    // A failed sign-in is an expected outcome (rate limits are counted in the database), not a server error.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
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
      if (user) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sessionVersion as number | undefined;
      return session;
    },
  },
});
