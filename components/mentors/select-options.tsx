import { mentorCategoryLabels, outsideCategories } from "@/lib/mentors/labels";

/** Options of the «Организация-партнёр» select, starting with an empty choice. */
export function PartnerOptions({ partners }: { partners: { id: string; name: string }[] }) {
  return (
    <>
      <option value="">— выберите —</option>
      {partners.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}

/** Categories a person from outside the school may have. */
export function OutsideCategoryOptions() {
  return outsideCategories.map((c) => (
    <option key={c} value={c}>
      {mentorCategoryLabels[c]}
    </option>
  ));
}
