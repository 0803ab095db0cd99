import { AchievementsSection } from "@/components/achievements/achievements-section";
import { PairHealthCard } from "@/components/pair-health/pair-health-card";
import type { Viewer } from "@/lib/auth/viewer";

/** The mentor's pair page, issue 13B's part: the pair's health and its achievements. */
export function PairWorkSections(props: {
  viewer: Viewer;
  mentorshipId: string;
  mentees: { id: string; name: string }[];
  active: boolean;
}) {
  return (
    <>
      <PairHealthCard viewer={props.viewer} mentorshipId={props.mentorshipId} />
      <AchievementsSection {...props} />
    </>
  );
}
