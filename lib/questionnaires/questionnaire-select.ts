/** The template fields the questionnaire form needs: for the respondent and for the curator typing in a paper form. */
export const questionnaireTemplateSelect = {
  title: true,
  intro: true,
  questions: {
    orderBy: { position: "asc" as const },
    select: {
      id: true, type: true, text: true, required: true, options: true,
      scaleMin: true, scaleMax: true, minLabel: true, maxLabel: true,
    },
  },
} as const;
