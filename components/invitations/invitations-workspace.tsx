"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { InvitationSheet } from "@/lib/invitations/invitation-sheet";
import { InvitationSheetView } from "./invitation-sheet-view";

const ShowSheet = createContext<(sheet: InvitationSheet) => void>(() => {});

/** Buttons anywhere on the page hand the freshly issued codes here; the codes live only in this state. */
export function useShowSheet() {
  return useContext(ShowSheet);
}

/** The invitations page, or — once codes are issued — only their printable sheet. */
export function InvitationsWorkspace({
  schoolName,
  timeZone,
  children,
}: {
  schoolName: string;
  timeZone: string;
  children: ReactNode;
}) {
  const [sheet, setSheet] = useState<InvitationSheet | null>(null);
  const show = (next: InvitationSheet) => {
    setSheet(next);
    window.scrollTo({ top: 0 });
  };
  return (
    <ShowSheet.Provider value={show}>
      {sheet ? (
        <InvitationSheetView sheet={sheet} schoolName={schoolName} timeZone={timeZone} onClose={() => setSheet(null)} />
      ) : (
        children
      )}
    </ShowSheet.Provider>
  );
}
