/** Why no pair is formed in a programme whose year was closed (lib/year-close/close-year.ts). */
export const YEAR_CLOSED = "Учебный год этой программы закрыт: начните программу следующего учебного года.";
