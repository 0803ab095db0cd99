// Stands in the browser's bundle for zod's index of its ~60 locales (see next.config.ts): zod exposes them on its `z`
// namespace, and Turbopack does not shake a namespace's unused members, so every form would carry all of them.
// Only Russian is used (zod-russian.ts imports it by its own path).
export { default as ru } from "zod/v4/locales/ru.js";
