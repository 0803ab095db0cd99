// npm run db:migrate — applies prisma/migrations to PostgreSQL (DATABASE_URL) or to the embedded database.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { openPglite } from "@/lib/db/connection";
import { pgRunner, pgliteRunner } from "@/lib/db/sql-runners";

export async function migrate(databaseUrl = process.env.DATABASE_URL): Promise<string[]> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await applyMigrations(pgRunner(client));
    } finally {
      await client.end();
    }
  }
  const pglite = openPglite();
  try {
    return await applyMigrations(pgliteRunner(pglite));
  } finally {
    await pglite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const applied = await migrate();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
}
