/** «год», «года» or «лет» after a number. */
export function yearsWord(n: number): string {
  const tens = Math.abs(n) % 100;
  const ones = tens % 10;
  if (tens >= 11 && tens <= 14) return "лет";
  if (ones === 1) return "год";
  if (ones >= 2 && ones <= 4) return "года";
  return "лет";
}
