import { recordAudit } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateInvitationCode, hashInvitationCode, invitationExpiry } from "@/lib/invitations/invitation-code";
import type { NewSchool } from "./new-school-schema";

/**
 * Creates a school in a municipality (made on first use, found by name) with its first admin: a staff card and a
 * one-time code with the ADMIN role, redeemed at /join like any staff code. One transaction: nothing half-made.
 * The code is returned once and stored only as a hash. `operatorId` is null when run from the command line.
 */
export async function createSchoolWithAdmin(db: PrismaClient, input: NewSchool, operatorId: string | null) {
  const code = generateInvitationCode();
  const expiresAt = invitationExpiry(new Date());
  try {
    return await db.$transaction(async (tx) => {
      const municipality = await tx.municipality.upsert({
        where: { name: input.municipalityName },
        create: { name: input.municipalityName },
        update: {},
        select: { id: true, name: true },
      });
      const school = await tx.school.create({
        data: {
          slug: input.slug,
          name: input.schoolName,
          shortName: input.shortName,
          municipality: municipality.name,
          municipalityId: municipality.id,
        },
        select: { id: true, name: true },
      });
      const admin = await tx.person.create({
        data: {
          schoolId: school.id,
          lastName: input.adminLastName,
          firstName: input.adminFirstName,
          middleName: input.adminMiddleName || null,
          staff: { create: { schoolId: school.id, position: "Администратор", experienceYears: 0 } },
        },
        select: { id: true },
      });
      const invitation = await tx.invitation.create({
        data: {
          schoolId: school.id,
          personId: admin.id,
          role: "STAFF",
          roles: ["ADMIN"],
          codeHash: hashInvitationCode(code),
          expiresAt,
          issuedById: operatorId,
        },
        select: { id: true },
      });
      await recordAudit(tx, { schoolId: school.id, userId: operatorId }, [
        { action: "school.create", entityType: "School", entityId: school.id, details: { municipalityId: municipality.id } },
        {
          action: "invitation.issue",
          entityType: "Person",
          entityId: admin.id,
          details: { what: "код первого администратора", invitationId: invitation.id, role: "STAFF", roles: ["ADMIN"] },
        },
      ]);
      return { municipality, school, code, expiresAt };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("INVALID", "Школа с таким адресом уже есть.", { slug: ["Школа с таким адресом уже есть."] });
    throw error;
  }
}
