import { revalidatePath } from "next/cache";

/** The pages that show the mentee base and, when given, the person's card. */
export function revalidateMenteeBase(personId?: string): void {
  revalidatePath("/curator/mentees");
  revalidatePath("/psychologist");
  if (personId) revalidatePath(`/curator/people/${personId}`);
}
