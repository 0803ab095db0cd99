/** Limits of an uploaded roster file, shared by the form (a quick check) and the server (the real one). */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
export const ROSTER_FILE_ACCEPT = ".csv,.xlsx";
