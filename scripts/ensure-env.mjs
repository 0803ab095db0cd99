// Writes .env.local with a random AUTH_SECRET on first run, so the demo starts without any manual setup.
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const file = ".env.local";
const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  fs.appendFileSync(
    file,
    `${current && !current.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`,
  );
  console.log("Created AUTH_SECRET in .env.local");
}
