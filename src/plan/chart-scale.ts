/** The value axis of a generated chart: whole steps of 1, 2, 5, 10, 20 … and where it ends. */

/** A step of 1, 2, 5, 10, 20 … that gives the value axis at most about eight gridlines. */
export function axisStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (max / (step * magnitude) <= 8) return step * magnitude;
  }
}

/** The axis's end: the first whole step at or above `max` (one step for an empty chart). */
export function axisMax(max: number): number {
  const step = axisStep(max);
  return Math.max(step, Math.ceil(max / step) * step);
}
