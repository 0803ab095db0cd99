import type { MeetingType, MentoringForm, MentorshipStatus, WorkFormat } from "@/lib/generated/prisma/enums";

export const formLabels: Record<MentoringForm, string> = {
  PUPIL_PUPIL: "Ученик – ученик",
  TEACHER_TEACHER: "Учитель – учитель",
  STUDENT_PUPIL: "Студент – ученик",
  PARENT_PUPIL: "Родитель – ученик",
  TEACHER_PUPIL: "Учитель – ученик",
  EMPLOYER_PUPIL: "Работодатель – ученик",
};

export const formatLabels: Record<WorkFormat, string> = {
  INDIVIDUAL: "Индивидуальная",
  GROUP: "Групповая",
  ONLINE: "Онлайн",
  MIXED: "Смешанная",
};

export const meetingTypeLabels: Record<MeetingType, string> = {
  ACQUAINTANCE: "Встреча-знакомство",
  TRIAL: "Пробная рабочая встреча",
  PLANNING: "Встреча-планирование",
  REGULAR: "Регулярная встреча",
  FINAL: "Заключительная встреча",
  GROUP_FINAL: "Групповая заключительная встреча",
};

export const mentorshipStatusLabels: Record<MentorshipStatus, string> = {
  FORMING: "Формируется",
  ACTIVE: "Работает",
  COMPLETED: "Завершена",
  TERMINATED: "Прекращена",
};

export const meetingTypes = Object.keys(meetingTypeLabels) as MeetingType[];
