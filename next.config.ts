import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Evidence files are up to 10 MB (lib/files/evidence-rules.ts) and arrive through a server action.
  // authInterrupts: pages answer a refusal with forbidden() → 403 and app/forbidden.tsx (lib/auth/guard.ts).
  experimental: { serverActions: { bodySizeLimit: "11mb" }, authInterrupts: true },
};

export default nextConfig;
