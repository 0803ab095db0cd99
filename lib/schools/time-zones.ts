/** The zones of Russia a school can be in, west to east, as IANA names with the city people know them by. */
export const SCHOOL_TIME_ZONES = [
  { id: "Europe/Kaliningrad", label: "Калининград (UTC+2)" },
  { id: "Europe/Moscow", label: "Москва (UTC+3)" },
  { id: "Europe/Samara", label: "Самара (UTC+4)" },
  { id: "Asia/Yekaterinburg", label: "Екатеринбург (UTC+5)" },
  { id: "Asia/Omsk", label: "Омск (UTC+6)" },
  { id: "Asia/Krasnoyarsk", label: "Красноярск (UTC+7)" },
  { id: "Asia/Irkutsk", label: "Иркутск (UTC+8)" },
  { id: "Asia/Yakutsk", label: "Якутск (UTC+9)" },
  { id: "Asia/Vladivostok", label: "Владивосток (UTC+10)" },
  { id: "Asia/Magadan", label: "Магадан (UTC+11)" },
  { id: "Asia/Kamchatka", label: "Камчатка (UTC+12)" },
] as const;

export type SchoolTimeZone = (typeof SCHOOL_TIME_ZONES)[number]["id"];

export const DEFAULT_TIME_ZONE: SchoolTimeZone = "Europe/Moscow";

export function timeZoneLabel(id: string): string {
  return SCHOOL_TIME_ZONES.find((zone) => zone.id === id)?.label ?? id;
}
