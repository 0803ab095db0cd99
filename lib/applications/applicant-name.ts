import { fullName } from "@/lib/format/person-name";

interface NamedApplication {
  person: { lastName: string; firstName: string; middleName: string | null } | null;
  applicantLastName?: string | null;
  applicantFirstName?: string | null;
  applicantMiddleName?: string | null;
}

/** The person's name, or for a signed-out applicant not yet accepted the name they typed. */
export function applicantName(application: NamedApplication): string {
  if (application.person) return fullName(application.person);
  return fullName({
    lastName: application.applicantLastName ?? "",
    firstName: application.applicantFirstName ?? "",
    middleName: application.applicantMiddleName,
  });
}
