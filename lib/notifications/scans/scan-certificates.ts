import type { PrismaClient } from "@/lib/generated/prisma/client";
import { workingHere } from "@/lib/accounts/working-here";
import { formatDate } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import { certificateState, OUTSIDE_ADULTS } from "@/lib/mentors/certificate-rule";
import { notify } from "@/lib/notifications/notify";
import { addDays, dayKey, type SchoolDay } from "./scan-context";

/** Certificates of no criminal record that run out within 30 days: the school's curators are told once per certificate. */
export async function scanCertificates(db: PrismaClient, day: SchoolDay): Promise<number> {
  // Issued after (today − max age − 1 month): a superset, narrowed exactly by certificateState below.
  const earliest = new Date(day.today);
  earliest.setUTCMonth(earliest.getUTCMonth() - day.certificateMaxAgeMonths - 1);
  const mentors = await db.mentorProfile.findMany({
    where: {
      schoolId: day.schoolId,
      status: { not: "DECLINED" },
      category: { in: OUTSIDE_ADULTS },
      certificateIssuedOn: { gte: earliest },
      person: { anonymisedAt: null },
    },
    select: {
      id: true,
      category: true,
      certificateIssuedOn: true,
      person: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  const horizon = addDays(day.today, 30);
  const expiring = mentors.flatMap((mentor) => {
    const state = certificateState(mentor, day.certificateMaxAgeMonths, day.today);
    return state.kind === "VALID" && state.expiresOn <= horizon ? [{ mentor, expiresOn: state.expiresOn }] : [];
  });
  if (expiring.length === 0) return 0;
  const curators = await db.user.findMany({ where: workingHere(day.schoolId, ["CURATOR"]), select: { id: true } });
  // One statement for every certificate and curator: each certificate's key keeps a rerun from repeating it.
  const created = await db.$transaction((tx) =>
    notify(tx, {
      kind: "CERTIFICATE_EXPIRING",
      schoolId: day.schoolId,
      dedupeKey: "certificate",
      recipients: expiring.flatMap(({ mentor, expiresOn }) =>
        curators.map((curator) => ({
          userId: curator.id,
          title: `Справка о несудимости наставника ${shortName(mentor.person)} действует до ${formatDate(expiresOn)}`,
          href: `/curator/mentors/${mentor.id}`,
          dedupeKey: `certificate:${mentor.id}:${dayKey(expiresOn)}`,
        })),
      ),
    }),
  );
  return created.length;
}
