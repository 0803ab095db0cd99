import { number, scale, section, type BuiltInTemplate } from "./questions";

// Each monitored parameter is a number or a scale, so before and after can be compared as means.
export const monitoring: BuiltInTemplate = {
  key: "monitoring",
  purpose: "MONITORING",
  audience: "MENTEE",
  title: "Мониторинг результатов наставничества",
  intro:
    "Эту анкету заполняют дважды: в начале работы с наставником и в конце учебного года. Так мы увидим, что изменилось. Ответы видит только куратор программы.",
  mentorMaySeeAnswers: false,
  questions: [
    ...section("Учёба", [
      number("Твой средний балл по всем предметам за последнюю четверть (например, 4,3)", [2, 5], { parameter: "AVERAGE_GRADE" }),
      scale("Насколько тебе интересно учиться?", [1, 10, "совсем неинтересно", "очень интересно"], {
        parameter: "LEARNING_INTEREST",
      }),
      scale(
        "Как часто ты чувствуешь усталость, тревогу или нежелание что-либо делать?",
        [1, 10, "почти никогда", "почти всегда"],
        {
          parameter: "STRESS",
        },
      ),
    ]),
    ...section("Достижения", [
      number("В скольких олимпиадах и конкурсах ты участвовал(а) за последние полгода?", [0, 50], { parameter: "OLYMPIADS" }),
      scale("Как продвигается ваш совместный с наставником проект?", [0, 4, "проекта пока нет", "проект успешно представлен"], {
        parameter: "JOINT_PROJECT",
      }),
    ]),
    ...section("Навыки и увлечения", [
      scale("Насколько легко тебе выступать, работать в команде и договариваться?", [1, 10, "очень трудно", "очень легко"], {
        parameter: "SOFT_SKILLS",
      }),
      scale(
        "Насколько активно ты занимаешься увлечениями и участвуешь во внеурочной жизни школы?",
        [1, 10, "совсем не участвую", "очень активно"],
        {
          parameter: "EXTRACURRICULAR",
        },
      ),
      scale("Хотел(а) бы ты сам(а) стать наставником для младших?", [1, 10, "совсем нет", "очень хочу"], {
        parameter: "WISH_TO_MENTOR",
      }),
    ]),
  ],
};
