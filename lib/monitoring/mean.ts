/** Arithmetic mean rounded to `digits` decimals; NaN for an empty list (callers guard groups first). */
export function mean(values: readonly number[], digits = 2): number {
  const sum = values.reduce((total, value) => total + value, 0);
  return round(sum / values.length, digits);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
