// node .ci/recreate-database.mjs <admin connection url> <name> — drops and creates an empty database.
import pg from "pg";

const [adminUrl, name] = process.argv.slice(2);
if (!/^[a-z_][a-z0-9_]*$/.test(name ?? "")) throw new Error(`bad database name: ${name}`);
const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${name}`);
await client.end();
