-- Pair work remainders: a plan change proposed by a parent for their child.
ALTER TABLE "PlanProposal" ADD COLUMN "byParent" BOOLEAN NOT NULL DEFAULT false;
