/** The value axis of a generated chart: whole steps of 1, 2, 5, 10, 20 … and where it ends. */
import type { SheetChart } from "./sheet-layout";

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

/** The longest bar of a stacked chart: the largest sum of one category's values. */
export function largestStack(chart: Pick<SheetChart, "categories" | "series">): number {
  return Math.max(
    0,
    ...chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)),
  );
}

/** The value axis's step for a stacked chart (the .xlsx chart part and the Excel chart agree). */
export function chartAxisStep(chart: Pick<SheetChart, "categories" | "series">): number {
  return axisStep(largestStack(chart));
}
