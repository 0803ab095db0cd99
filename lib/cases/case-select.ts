/** What a case shows and which of its parts it reveals: the same for its editor and for the public page. */
export const CASE_CONTENT_SELECT = {
  id: true,
  title: true,
  body: true,
  facts: true,
  mentorshipId: true,
  showGoal: true,
  showPlan: true,
  showMeetings: true,
  showAchievements: true,
  showMonitoring: true,
  showNames: true,
} as const;
