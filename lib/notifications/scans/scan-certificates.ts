import type { PrismaClient } from "@/lib/generated/prisma/client";
import { workingHere } from "@/lib/accounts/working-here";
import { formatDate } from "@/lib/format/date";
import { shortName } from "@/lib/format/person-name";
import { certificateState, needsCertificate } from "@/lib/mentors/certificate-rule";
import { notify } from "@/lib/notifications/notify";
import { addDays, dayKey, type SchoolDay } from "./scan-context";

const OUTSIDE_CATEGORIES = ["UNIVERSITY_STUDENT", "ALUMNUS", "PARENT", "PARTNER_EMPLOYEE"] as const;

/** Certificates of no criminal record that run out within 30 days: the school's curators are told once per certificate. */
export async function scanCertificates(db: PrismaClient, day: SchoolDay): Promise<number> {
  // Issued after (today − max age − 1 month): a superset, narrowed exactly by certificateState below.
  const earliest = new Date(day.today);
  earliest.setUTCMonth(earliest.getUTCMonth() - day.certificateMaxAgeMonths - 1);
  const mentors = await db.mentorProfile.findMany({
    where: {
      schoolId: day.schoolId,
      status: { not: "DECLINED" },
      category: { in: [...OUTSIDE_CATEGORIES] },
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
    if (!needsCertificate(mentor.category)) return [];
    const state = certificateState(mentor, day.certificateMaxAgeMonths, day.today);
    return state.kind === "VALID" && state.expiresOn <= horizon ? [{ mentor, expiresOn: state.expiresOn }] : [];
  });
  if (expiring.length === 0) return 0;
  const curators = await db.user.findMany({ where: workingHere(day.schoolId, ["CURATOR"]), select: { id: true } });
  let created = 0;
  await db.$transaction(async (tx) => {
    for (const { mentor, expiresOn } of expiring) {
      const notices = await notify(tx, {
        kind: "CERTIFICATE_EXPIRING",
        schoolId: day.schoolId,
        dedupeKey: `certificate:${mentor.id}:${dayKey(expiresOn)}`,
        recipients: curators.map((curator) => ({
          userId: curator.id,
          title: `Справка о несудимости наставника ${shortName(mentor.person)} действует до ${formatDate(expiresOn)}`,
          href: `/curator/mentors/${mentor.id}`,
        })),
      });
      created += notices.length;
    }
  });
  return created;
}
