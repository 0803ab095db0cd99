import type { Metadata } from "next";
import { OwnConsentCard } from "@/components/consent/own-consent-card";
import { PageTitle } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/guard";
import { currentConsentTexts } from "@/lib/consent/consent-texts";
import { listOwnConsents } from "@/lib/consent/list-own-consents";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Моё согласие" };

/** For a pupil of 14+ or an adult mentor: their own consent to the processing of their personal data. */
export default async function OwnConsentPage() {
  const viewer = await requirePage("/consent");
  const mayGive = can(viewer, "consent:give-own");
  const [self, texts] = mayGive
    ? await Promise.all([listOwnConsents(viewer, "self"), currentConsentTexts(viewer.schoolId)])
    : [[], null];
  return (
    <>
      <PageTitle subtitle="С 14 лет участник программы сам даёт согласие на обработку своих персональных данных (до 18 лет — вместе с родителем).">
        Моё согласие на обработку персональных данных
      </PageTitle>
      {!mayGive || self.length === 0 || !texts ? (
        <p>Ваша учётная запись не связана с участником программы в этой школе: согласие оформляется у куратора.</p>
      ) : (
        self.map((row) => <OwnConsentCard key={row.id} row={row} texts={texts} forChild={false} />)
      )}
    </>
  );
}
