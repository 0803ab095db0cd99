import { generateTemporaryPassword } from "@/lib/accounts/temporary-password";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/format/person-name";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NewCoordinator } from "./new-coordinator-schema";

/**
 * A municipal coordinator's account bound to one municipality, with a temporary password returned once (stored only
 * as a hash); the coordinator changes it on /account. A coordinator belongs to no school, so no invitation code (those
 * are a school's). `operatorId` is null when run from the command line.
 */
export async function createCoordinator(db: PrismaClient, input: NewCoordinator, operatorId: string | null) {
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const municipality = await tx.municipality.findUnique({
        where: { id: input.municipalityId },
        select: { id: true, name: true },
      });
      if (!municipality) {
        throw new AppError("INVALID", "Проверьте поля формы.", { municipalityId: ["Выберите муниципалитет."] });
      }
      const user = await tx.user.create({
        data: {
          login: input.login,
          displayName: fullName(input),
          passwordHash,
          municipalMemberships: { create: { municipalityId: municipality.id } },
        },
        select: { id: true, login: true },
      });
      await recordAudit(
        tx,
        { schoolId: "", userId: operatorId },
        {
          action: "coordinator.create",
          entityType: "User",
          entityId: user.id,
          details: { municipalityId: municipality.id },
        },
      );
      return { municipality, login: user.login, password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID", "Такой логин уже занят.", { login: ["Такой логин уже занят."] });
    throw error;
  }
}
