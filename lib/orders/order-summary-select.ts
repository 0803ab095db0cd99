/** What a list of orders and an order's page both show of it. */
export const orderSummarySelect = {
  id: true,
  kind: true,
  status: true,
  number: true,
  signedOn: true,
  submittedAt: true,
  decidedAt: true,
  returnComment: true,
  programme: { select: { title: true, startYear: true } },
} as const;
