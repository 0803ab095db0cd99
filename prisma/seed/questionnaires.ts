import type { QuestionType, QuestionnairePurpose, Role } from "../../lib/generated/prisma/enums";

export interface SeedQuestion {
  type: QuestionType;
  text: string;
  required?: boolean;
  options?: string[];
  scale?: [number, number, string, string];
}

export interface SeedTemplate {
  key: string;
  purpose: QuestionnairePurpose;
  audience: Role;
  title: string;
  intro: string;
  questions: SeedQuestion[];
}

const tenPoint = (text: string): SeedQuestion => ({ type: "SCALE", text, scale: [1, 10, "совсем нет", "полностью"] });

export const seedTemplates: SeedTemplate[] = [
  {
    key: "mentee-satisfaction",
    purpose: "SATISFACTION",
    audience: "MENTEE",
    title: "Удовлетворённость участием в программе наставничества (наставляемый)",
    intro: "Оцените по шкале от 1 до 10, насколько вы согласны с каждым утверждением. Ответы видит только куратор программы.",
    questions: [
      tenPoint("Мне комфортно общаться с наставником"),
      tenPoint("Встречи с наставником полезны для меня"),
      tenPoint("Мои ожидания от программы оправдались"),
      tenPoint("Я чувствую поддержку наставника"),
      tenPoint("Задачи, которые мы ставим, мне понятны"),
      tenPoint("Я хочу продолжить работу с наставником"),
      {
        type: "SINGLE_CHOICE",
        text: "Как часто вы хотели бы встречаться с наставником?",
        options: ["Раз в неделю", "Раз в две недели", "Раз в месяц"],
      },
      {
        type: "MULTIPLE_CHOICE",
        text: "Что было самым полезным?",
        options: ["Помощь с учёбой", "Подготовка к олимпиадам и конкурсам", "Разговоры о профессиях", "Совместный проект", "Поддержка в трудной ситуации"],
      },
      { type: "TEXT", text: "Что бы вы изменили в работе пары или группы?", required: false },
    ],
  },
  {
    key: "parent-survey",
    purpose: "PARENT_SURVEY",
    audience: "PARENT",
    title: "Анкета для родителей участника программы наставничества",
    intro: "Пожалуйста, ответьте на вопросы о вашем ребёнке. Анкета помогает куратору оценить, как идёт работа.",
    questions: [
      tenPoint("Ребёнок с интересом рассказывает о встречах с наставником"),
      tenPoint("Интерес ребёнка к учёбе вырос"),
      tenPoint("Ребёнок стал увереннее в общении"),
      {
        type: "MULTIPLE_CHOICE",
        text: "Какие изменения вы заметили?",
        options: ["Улучшилась успеваемость", "Появились новые увлечения", "Участвует в конкурсах и олимпиадах", "Меньше тревожится перед контрольными", "Пока изменений нет"],
      },
      { type: "SINGLE_CHOICE", text: "Хотели бы вы, чтобы ребёнок продолжил участие в следующем году?", options: ["Да", "Нет", "Затрудняюсь ответить"] },
      { type: "TEXT", text: "Ваши пожелания куратору программы", required: false },
    ],
  },
];
