import { defineConfig } from "prisma/config";

// Only the native `prisma migrate` CLI reads this URL; the app and our scripts pick the driver in lib/db/client.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/nastavnik" },
});
