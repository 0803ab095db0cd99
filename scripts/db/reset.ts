// npm run db:reset — empties the database (all data!) and applies the migrations again.
import fs from "node:fs";
import pg from "pg";
import { pgliteDirectory } from "@/lib/db/connection";
import { migrate } from "./migrate";

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
} else {
  fs.rmSync(pgliteDirectory(), { recursive: true, force: true });
}
await migrate();
console.log("Database reset.");
