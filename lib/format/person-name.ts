interface Named {
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

/** «Иванова Мария Петровна» */
export function fullName(person: Named): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(" ");
}

/** «Иванова М. П.» */
export function shortName(person: Named): string {
  const initials = [person.firstName, person.middleName].filter(Boolean).map((part) => `${part!.charAt(0)}.`);
  return [person.lastName, initials.join(" ")].join(" ");
}
