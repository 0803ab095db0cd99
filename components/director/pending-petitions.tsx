import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";

/** On the director's dashboard: how many petitions to replace a mentor wait for a decision (a count, no names). */
export async function PendingPetitions({ viewer }: { viewer: Viewer }) {
  if (!can(viewer, "petition:decide")) return null;
  const count = await db.replacementPetition.count({ where: { schoolId: viewer.schoolId, status: "PENDING" } });
  if (count === 0) return null;
  return (
    <Card title={`Ходатайства о замене наставника: ${count}`} className="mb-4">
      <Link href="/director/petitions" className="text-blue-800 underline">
        Рассмотреть ходатайства
      </Link>
    </Card>
  );
}
