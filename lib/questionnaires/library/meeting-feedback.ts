import { date, scale, single, text, type BuiltInTemplate } from "./questions";

export const meetingFeedback: BuiltInTemplate = {
  key: "meeting-feedback",
  purpose: "MEETING_FEEDBACK",
  audience: "MENTEE",
  title: "Короткий отзыв о встрече с наставником",
  intro: "Три минуты после встречи: оцени её, чтобы следующие были полезнее. Ответы видят куратор и твой наставник.",
  mentorMaySeeAnswers: true,
  questions: [
    date("Дата встречи"),
    scale("Насколько полезной была встреча?", [1, 5, "бесполезной", "очень полезной"]),
    scale("Насколько комфортно тебе было на встрече?", [1, 5, "некомфортно", "очень комфортно"]),
    single("Удалось обсудить то, что планировали?", ["Да", "Частично", "Нет"]),
    text("Что было самым полезным?", { required: false }),
    text("О чём хочешь поговорить в следующий раз?", { required: false }),
  ],
};
