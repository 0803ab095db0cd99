import { patronymic } from "../../lib/format/patronymic";
import type { Random } from "./random";

export const maleFirst = [
  "Александр",
  "Дмитрий",
  "Максим",
  "Иван",
  "Артём",
  "Михаил",
  "Никита",
  "Егор",
  "Кирилл",
  "Андрей",
  "Илья",
  "Матвей",
  "Тимофей",
  "Роман",
  "Владимир",
  "Сергей",
  "Алексей",
  "Павел",
  "Денис",
  "Григорий",
];
export const femaleFirst = [
  "Анна",
  "Мария",
  "Елизавета",
  "София",
  "Дарья",
  "Виктория",
  "Полина",
  "Анастасия",
  "Ксения",
  "Екатерина",
  "Варвара",
  "Алиса",
  "Вероника",
  "Ульяна",
  "Милана",
  "Таисия",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
];
export const fatherNames = [
  "Александр",
  "Дмитрий",
  "Сергей",
  "Андрей",
  "Алексей",
  "Игорь",
  "Олег",
  "Николай",
  "Владимир",
  "Евгений",
  "Михаил",
  "Юрий",
  "Виктор",
  "Павел",
];
export const surnames = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
  "Орлов",
  "Андреев",
  "Макаров",
  "Никитин",
  "Захаров",
  "Зайцев",
  "Соловьёв",
  "Борисов",
  "Яковлев",
  "Григорьев",
  "Романов",
  "Воробьёв",
  "Сергеев",
  "Кузьмин",
  "Фролов",
  "Александров",
  "Дмитриев",
  "Королёв",
  "Гусев",
  "Киселёв",
];

export interface FullName {
  lastName: string;
  firstName: string;
  middleName: string;
  female: boolean;
}

export function randomName(random: Random, options: { female?: boolean; lastName?: string } = {}): FullName {
  const female = options.female ?? random.chance(0.5);
  const baseSurname = options.lastName ?? random.pick(surnames);
  return {
    lastName: female && !baseSurname.endsWith("а") ? `${baseSurname}а` : baseSurname,
    firstName: random.pick(female ? femaleFirst : maleFirst),
    middleName: patronymic(random.pick(fatherNames), female),
    female,
  };
}

/** The family name of a relative: the masculine stem of «Иванова» is «Иванов». */
export function familyStem(lastName: string): string {
  return lastName.endsWith("ова") || lastName.endsWith("ева") || lastName.endsWith("ёва") || lastName.endsWith("ина")
    ? lastName.slice(0, -1)
    : lastName;
}
