import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { defaultTemplateContent } from "./default-template";
import { templateContentSchema, type TemplateContent } from "./template-schema";

/** The school's template by id, or the built-in one for "". A stored template that no longer parses is refused, not guessed at. */
export async function loadTemplate(tx: Prisma.TransactionClient, schoolId: string, templateId: string): Promise<TemplateContent> {
  if (!templateId) return defaultTemplateContent;
  const template = await tx.roadmapTemplate.findFirst({ where: { id: templateId, schoolId }, select: { content: true } });
  if (!template) throw new AppError("INVALID", "Проверьте поля формы.", { templateId: ["Шаблон не найден"] });
  const parsed = templateContentSchema.safeParse(template.content);
  if (!parsed.success) throw new AppError("INVALID", "Шаблон повреждён: выберите другой.", { templateId: ["Шаблон повреждён"] });
  return parsed.data;
}
