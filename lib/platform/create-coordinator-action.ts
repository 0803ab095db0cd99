"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { createCoordinator } from "./create-coordinator";
import { newCoordinatorSchema } from "./new-coordinator-schema";

/** The operator's page: a coordinator of a municipality with a temporary password (shown once). */
export const createCoordinatorAccount = defineAction(
  { schema: newCoordinatorSchema, permission: "platform:manage" },
  async (input, viewer) => {
    const created = await createCoordinator(db, input, viewer.userId);
    revalidatePath("/operator");
    return { municipalityName: created.municipality.name, login: created.login, password: created.password };
  },
);
