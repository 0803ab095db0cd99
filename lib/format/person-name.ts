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

/** «М. П. Иванова», as documents sign a name; non-breaking spaces keep it on one line. */
export function initialsName(person: Named): string {
  const initials = [person.firstName, person.middleName].filter(Boolean).map((part) => `${part!.charAt(0)}.`);
  return [...initials, person.lastName].join("\u00A0");
}
