/**
 * A template's title as its respondent sees it. Curators tell the audiences' versions apart by a marker at the end
 * («Удовлетворённость участием в программе наставничества (наставляемый)»); to the pupil answering it, that marker
 * would be a label about themselves, so it is left off.
 */
const audienceMarker = /\s*\((?:для\s+)?(?:наставляем(?:ый|ая|ые|ых|ого)|наставни(?:к|ца|ки|ков|ка)|родител(?:ь|и|ей|я))\)\s*$/i;

export function respondentTitle(title: string): string {
  const stripped = title.replace(audienceMarker, "").trim();
  return stripped || title;
}
