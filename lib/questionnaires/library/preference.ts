import { multiple, section, text, type BuiltInTemplate } from "./questions";

// Names are not known when the template is made, so the preferences are typed in, first choice first.
export const menteePreference: BuiltInTemplate = {
  key: "mentee-preference",
  purpose: "MENTEE_INTAKE",
  audience: "MENTEE",
  title: "Выбор наставника после групповой встречи",
  intro:
    "Ты познакомился(-ась) с наставниками на общей встрече. Напиши, с кем тебе хотелось бы работать, — куратор постарается учесть твой выбор.",
  mentorMaySeeAnswers: false,
  questions: [
    ...section("Ваш выбор", [
      text("Фамилия и имя наставника, с которым ты больше всего хочешь работать"),
      text("Второй выбор: фамилия и имя наставника", { required: false }),
      text("Третий выбор: фамилия и имя наставника", { required: false }),
    ]),
    ...section("Почему", [
      multiple("Что для тебя важно в наставнике?", [
        "Хорошо знает мой любимый предмет",
        "С ним легко и интересно общаться",
        "Может помочь с проектом или олимпиадой",
        "Работает в интересной мне профессии",
        "Спокойный и внимательный",
      ]),
      text("Почему ты выбрал(а) именно этого наставника?", { required: false }),
    ]),
  ],
};

export const mentorPreference: BuiltInTemplate = {
  key: "mentor-preference",
  purpose: "MENTOR_INTAKE",
  audience: "MENTOR",
  title: "Выбор наставляемых после групповой встречи",
  intro: "Напишите, с кем из наставляемых вам хотелось бы работать, в порядке предпочтения. Куратор учтёт выбор обеих сторон.",
  mentorMaySeeAnswers: false,
  questions: [
    ...section("Ваш выбор", [
      text("Фамилии и имена наставляемых, с которыми вы хотели бы работать, через запятую: первым — самый желательный"),
      text("С кем, на ваш взгляд, вам было бы трудно найти общий язык?", { required: false }),
    ]),
    ...section("Почему", [
      multiple("Что повлияло на ваш выбор?", [
        "Общие интересы",
        "Запрос наставляемого совпадает с моими компетенциями",
        "Хороший контакт на встрече",
        "Готовность наставляемого работать",
      ]),
      text("Комментарий для куратора", { required: false }),
    ]),
  ],
};
