"use client";

import { useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/card";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { consentGiverRoleLabels, consentPurposeLabels } from "@/lib/consent/default-texts";
import { recordPaperConsent } from "@/lib/consent/record-paper-consent";
import { MAX_EVIDENCE_BYTES } from "@/lib/files/evidence-rules";
import { ALLOWED_SCAN_EXTENSIONS } from "@/lib/files/scan-rules";
import { checkFileSize, UPLOAD_FAILED } from "@/lib/files/upload-limits";
import type { ConsentGiverRole, ConsentPurpose } from "@/lib/generated/prisma/enums";

interface PupilOption {
  id: string;
  name: string;
  parents: { id: string; name: string }[];
}

const purposes: ConsentPurpose[] = ["MENTORING", "PUBLICATION"];
const roles: ConsentGiverRole[] = ["PARENT", "LEGAL_REPRESENTATIVE", "SELF"];

/** The curator records a signed paper form of one pupil of the class, with its scan. */
export function PaperConsentForm({
  pupils,
  texts,
}: {
  pupils: PupilOption[];
  texts: { id: string; purpose: ConsentPurpose; version: number }[];
}) {
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [subjectId, setSubjectId] = useState(pupils[0]?.id ?? "");
  const [purpose, setPurpose] = useState<ConsentPurpose>("MENTORING");
  const [giverId, setGiverId] = useState(pupils[0]?.parents[0]?.id ?? pupils[0]?.id ?? "");
  const [giverRole, setGiverRole] = useState<ConsentGiverRole>(pupils[0]?.parents.length ? "PARENT" : "SELF");
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const pupil = pupils.find((p) => p.id === subjectId);
  // The role follows the chosen giver: the pupil signs as themselves, a parent as a parent unless changed to representative.
  const chooseGiver = (id: string, subject = pupil) => {
    setGiverId(id);
    if (id === subject?.id) setGiverRole("SELF");
    else if (giverRole === "SELF") setGiverRole("PARENT");
  };
  const chooseSubject = (id: string) => {
    const next = pupils.find((p) => p.id === id);
    setSubjectId(id);
    chooseGiver(next?.parents[0]?.id ?? id, next);
  };
  const purposeTexts = texts.filter((t) => t.purpose === purpose).sort((a, b) => b.version - a.version);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setMessage({});
    const tooBig = checkFileSize(data.get("file") as File | null, MAX_EVIDENCE_BYTES, "10 МБ");
    if (tooBig) return setFieldErrors({ file: [tooBig] });
    startTransition(async () => {
      const result = await recordPaperConsent(data).catch(() => ({
        ok: false as const,
        error: UPLOAD_FAILED,
        fieldErrors: { file: [UPLOAD_FAILED] },
      }));
      if (result.ok) {
        form.current?.reset();
        setFieldErrors({});
        setMessage({ success: "Согласие записано." });
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage({ error: result.error });
      }
    });
  };
  const error = (name: string) => fieldErrors[name]?.[0];
  const aria = (name: string) => ({
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": describedBy(`paper-${name}`, error(name)),
  });

  return (
    <form ref={form} method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage error={message.error} success={message.success} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="paper-subjectId" label="Ученик" error={error("subjectId")}>
          <select
            id="paper-subjectId"
            name="subjectId"
            className={inputClass}
            value={subjectId}
            onChange={(e) => chooseSubject(e.target.value)}
            {...aria("subjectId")}
          >
            {pupils.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="paper-purpose" label="Цель согласия" error={error("purpose")}>
          <select
            id="paper-purpose"
            name="purpose"
            className={inputClass}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}
            {...aria("purpose")}
          >
            {purposes.map((p) => (
              <option key={p} value={p}>
                {consentPurposeLabels[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="paper-giverId"
          label="Кто подписал"
          error={error("giverId")}
          hint="Родитель, привязанный к ученику, или сам ученик (с 14 лет)"
        >
          <select
            id="paper-giverId"
            name="giverId"
            className={inputClass}
            value={giverId}
            onChange={(e) => chooseGiver(e.target.value)}
            {...aria("giverId")}
          >
            {pupil?.parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} (родитель)
              </option>
            ))}
            {pupil && <option value={pupil.id}>{pupil.name} (сам ученик)</option>}
          </select>
        </Field>
        <Field id="paper-giverRole" label="В качестве" error={error("giverRole")}>
          <select
            id="paper-giverRole"
            name="giverRole"
            className={inputClass}
            value={giverRole}
            onChange={(e) => setGiverRole(e.target.value as ConsentGiverRole)}
            {...aria("giverRole")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {consentGiverRoleLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="paper-textId" label="Редакция текста" error={error("textId")}>
          <select id="paper-textId" name="textId" key={purpose} className={inputClass} {...aria("textId")}>
            {purposeTexts.map((t) => (
              <option key={t.id} value={t.id}>
                Редакция {t.version}
              </option>
            ))}
          </select>
        </Field>
        <Field id="paper-givenOn" label="Дата подписания" error={error("givenOn")}>
          <input id="paper-givenOn" name="givenOn" type="date" className={inputClass} {...aria("givenOn")} />
        </Field>
      </div>
      <Field id="paper-file" label="Скан подписанного бланка" hint="PDF, JPG или PNG, до 10 МБ" error={error("file")}>
        <input
          id="paper-file"
          name="file"
          type="file"
          accept={ALLOWED_SCAN_EXTENSIONS.map((e) => `.${e}`).join(",")}
          className={inputClass}
          {...aria("file")}
        />
      </Field>
      <SubmitButton pending={pending} pendingLabel="Сохраняем…">
        Записать согласие
      </SubmitButton>
    </form>
  );
}
