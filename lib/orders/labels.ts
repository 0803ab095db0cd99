import type { PairOrderKind, PairOrderStatus } from "@/lib/generated/prisma/enums";

/** The order's subject line as the school writes it. */
export const orderTitles: Record<PairOrderKind, string> = {
  INITIAL: "О закреплении наставнических пар (групп)",
  SUPPLEMENTARY: "О дополнительном закреплении наставнических пар (групп)",
};

export const orderStatusLabels: Record<PairOrderStatus, string> = {
  PENDING: "На утверждении",
  APPROVED: "Утверждён",
  RETURNED: "Возвращён на доработку",
};
