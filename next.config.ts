import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/content-security-policy";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling breaks those paths.
  // pdfmake (pdfkit) reads its font metrics from its own package folder too.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg-boss", "pdfmake"],
  poweredByHeader: false,
  experimental: {
    // Evidence files are up to 10 MB (lib/files/evidence-rules.ts) and arrive through a server action.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts sees every request; it refuses bodies over 11 MB itself, so Next must not cut shorter ones at its 10 MB default.
    proxyClientMaxBodySize: "12mb",
    // Pages answer a refusal with forbidden() → 403 and app/forbidden.tsx (lib/auth/guard.ts).
    authInterrupts: true,
    // A route's code loads on its first request, not all at start: a server that never exports a report never holds
    // the PDF, DOCX and XLSX libraries (issue 15's memory goal).
    preloadEntriesOnStart: false,
  },
  turbopack: {
    // zod's own imports of its locale index, replaced in the browser by Russian alone (lib/validation/zod-locales-browser.ts).
    resolveAlias: { "../locales/index.js": { browser: "./lib/validation/zod-locales-browser.ts" } },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
