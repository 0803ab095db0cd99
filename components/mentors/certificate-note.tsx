import type { CertificateState } from "@/lib/mentors/certificate-rule";
import { describeCertificate } from "@/lib/mentors/labels";

/** The certificate of no criminal record as the curator must see it: missing or expired in red. */
export function CertificateNote({ state }: { state: CertificateState }) {
  const problem = state.kind === "MISSING" || state.kind === "EXPIRED";
  return (
    <span className={problem ? "font-medium text-red-800" : "text-slate-700"}>
      {problem && <span aria-hidden="true">⚠ </span>}
      {describeCertificate(state)}
    </span>
  );
}
