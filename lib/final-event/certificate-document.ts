/** The text of a certificate of participation or a letter of thanks, shared by the PDF and its file name. */
export interface AwardDocument {
  kind: "CERTIFICATE" | "LETTER";
  schoolName: string;
  /** «№ С-3» or «№ БП-1». */
  number: string;
  /** «15 мая 2027 г.», the event's day. */
  dateLine: string;
  heading: string;
  recipient: string;
  body: string[];
  signature: { role: string; name: string | null };
  fileName: string;
}

const safeFileName = (text: string) => text.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "документ";

export function certificateDocument(input: {
  schoolName: string;
  programmeTitle: string;
  number: number;
  dateLine: string;
  personName: string;
  role: string;
  directorName: string | null;
}): AwardDocument {
  const number = `№ С-${input.number}`;
  return {
    kind: "CERTIFICATE",
    schoolName: input.schoolName,
    number,
    dateLine: input.dateLine,
    heading: "СЕРТИФИКАТ УЧАСТНИКА",
    recipient: input.personName,
    body: [
      `подтверждает, что ${input.personName} принял(а) участие в программе наставничества «${input.programmeTitle}» ` +
        `в качестве участника (${input.role}).`,
    ],
    signature: { role: "Директор", name: input.directorName },
    fileName: safeFileName(`Сертификат ${input.number} ${input.personName}`) + ".pdf",
  };
}

export function letterDocument(input: {
  schoolName: string;
  programmeTitle: string;
  number: number;
  dateLine: string;
  mentorName: string;
  nomination: string;
  text: string;
  directorName: string | null;
}): AwardDocument {
  return {
    kind: "LETTER",
    schoolName: input.schoolName,
    number: `№ БП-${input.number}`,
    dateLine: input.dateLine,
    heading: "БЛАГОДАРСТВЕННОЕ ПИСЬМО",
    recipient: input.mentorName,
    body: [`Номинация «${input.nomination}».`, input.text, `Программа наставничества «${input.programmeTitle}».`],
    signature: { role: "Директор", name: input.directorName },
    fileName: safeFileName(`Благодарственное письмо ${input.number} ${input.mentorName}`) + ".pdf",
  };
}
