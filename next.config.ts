import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Evidence files are up to 10 MB (lib/files/evidence-rules.ts) and arrive through a server action.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
};

export default nextConfig;
