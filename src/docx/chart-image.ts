/**
 * The report's chart as a picture for the Word document, drawn from the same data as the
 * sheet's chart: one horizontal stacked bar per area, a segment per status with its count,
 * the value axis in whole steps, and the legend below.
 */
import { axisMax, axisStep, type ChartBlock } from "../plan";
import { encodePng } from "./png";
import { fitText, LINE_HEIGHT, Raster, textWidth } from "./raster";

const TEXT = "262626";
const GRID = "D9D9D9";
const AXIS = "7F7F7F";
const OUTLINE = "7F7F7F";
const PAD = 16;

export interface ChartPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

function totals(chart: ChartBlock): number[] {
  return chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
}

function legend(r: Raster, chart: ChartBlock, y: number): void {
  const box = 18;
  const items = chart.series.map((s) => ({ s, w: box + 8 + textWidth(s.name) }));
  const gap = 28;
  let x = (r.width - (items.reduce((sum, i) => sum + i.w, 0) + gap * (items.length - 1))) / 2;
  for (const { s, w } of items) {
    r.fillRect(x, y - box + 3, box, box, s.color);
    r.strokeRect(x, y - box + 3, box, box, OUTLINE);
    r.text(s.name, x + box + 8, y, TEXT);
    x += w + gap;
  }
}

/** Draws the chart `width` pixels wide, as tall as the chart's height at the sheet's width. */
export function drawChart(chart: ChartBlock, width: number): Raster {
  const height = Math.round((width * chart.height) / 600);
  const r = new Raster(width, height);
  const labels = chart.categories;
  const labelWidth = Math.min(Math.max(0, ...labels.map(textWidth)), Math.round(width * 0.4));
  const left = PAD + labelWidth + 10;
  const right = width - PAD - 10;
  const bottomText = 3 * LINE_HEIGHT + 28;
  const top = PAD;
  const bottom = height - PAD - bottomText;
  const max = Math.max(0, ...totals(chart));
  const end = axisMax(max);
  const step = axisStep(max);
  const xOf = (value: number) => left + ((right - left) * value) / end;

  for (let v = 0; v <= end; v += step) {
    const x = Math.round(xOf(v));
    r.fillRect(x, top, 1, bottom - top, v === 0 ? AXIS : GRID);
    r.text(String(v), x, bottom + LINE_HEIGHT, TEXT, "center");
  }
  r.text(chart.valueAxisTitle, (left + right) / 2, bottom + 2 * LINE_HEIGHT + 6, TEXT, "center");

  const band = (bottom - top) / Math.max(1, labels.length);
  const thickness = Math.max(8, Math.round(band * 0.6));
  labels.forEach((label, i) => {
    const middle = top + band * (i + 0.5);
    r.text(fitText(label, labelWidth), left - 10, middle + LINE_HEIGHT / 2 - 6, TEXT, "right");
    let sum = 0;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const x0 = Math.round(xOf(sum));
      const x1 = Math.round(xOf(sum + value));
      const y0 = Math.round(middle - thickness / 2);
      r.fillRect(x0, y0, x1 - x0, thickness, s.color);
      r.strokeRect(x0, y0, x1 - x0 + 1, thickness, OUTLINE);
      const count = String(value);
      if (x1 - x0 > textWidth(count) + 8)
        r.text(count, (x0 + x1) / 2, middle + LINE_HEIGHT / 2 - 6, TEXT, "center");
      sum += value;
    }
  });
  legend(r, chart, height - PAD - 4);
  return r;
}

/** The chart as a PNG picture `width` pixels wide. */
export function chartPicture(chart: ChartBlock, width = 1200): ChartPicture {
  const raster = drawChart(chart, width);
  return { png: encodePng(raster), width: raster.width, height: raster.height };
}
