import "server-only";
import QRCode from "qrcode";
import type { InvitationRole } from "@/lib/generated/prisma/enums";
import { fullName } from "@/lib/format/person-name";
import { formatInvitationCode } from "./invitation-code";
import { skippedSummary, type InvitationPurpose, type SkippedPupils } from "./plan-invitations";

/** One printed card: everything the pupil or parent needs to sign up. Exists only in the issue action's response. */
export interface InvitationCard {
  invitationId: string;
  pupilName: string;
  className: string;
  role: InvitationRole;
  purpose: InvitationPurpose;
  code: string;
  url: string;
  qrSvg: string;
  expiresAt: string;
}

export interface InvitationSheet {
  title: string;
  cards: InvitationCard[];
  skipped: SkippedPupils;
  /** Who got no code and why, in Russian; null when nobody was left out. */
  skippedNote: string | null;
}

/** Turns freshly issued codes into printable cards with a QR code that opens the sign-up page. */
export async function buildInvitationSheet(
  origin: string,
  title: string,
  issued: {
    invitationId: string;
    code: string;
    role: InvitationRole;
    purpose: InvitationPurpose;
    expiresAt: Date;
    person: { lastName: string; firstName: string; middleName: string | null };
    className: string;
  }[],
  skipped: SkippedPupils = { withAccount: 0, withParentAccount: 0 },
): Promise<InvitationSheet> {
  const cards = await Promise.all(
    issued.map(async (entry) => {
      const url = `${origin}/join?code=${encodeURIComponent(entry.code)}`;
      return {
        invitationId: entry.invitationId,
        pupilName: fullName(entry.person),
        className: entry.className,
        role: entry.role,
        purpose: entry.purpose,
        code: formatInvitationCode(entry.code),
        url,
        qrSvg: await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
        expiresAt: entry.expiresAt.toISOString(),
      };
    }),
  );
  return { title, cards, skipped, skippedNote: skippedSummary(skipped) };
}
