import { z } from "zod";

const part = z.string().trim().max(4000, "Не больше 4000 символов");

/** The curator's SWOT analysis of the programme: one schema for the form and the server action. */
export const swotSchema = z.object({
  strengths: part,
  weaknesses: part,
  opportunities: part,
  threats: part,
});

export type SwotInput = z.input<typeof swotSchema>;

export const swotFields = [
  { name: "strengths", label: "Сильные стороны" },
  { name: "weaknesses", label: "Слабые стороны" },
  { name: "opportunities", label: "Возможности" },
  { name: "threats", label: "Угрозы" },
] as const;
