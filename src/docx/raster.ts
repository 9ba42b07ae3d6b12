/**
 * A small RGB canvas for drawing the chart picture without a browser: filled rectangles,
 * straight lines and text in the glyphs of chart-font-data.ts, blended by their coverage.
 */
import { COVERAGE_BASE64, FONT_ASCENT, FONT_DESCENT, GLYPHS } from "./chart-font-data";

let coverage: Uint8Array | null = null;

function glyphCoverage(): Uint8Array {
  if (coverage === null) coverage = Uint8Array.from(atob(COVERAGE_BASE64), (c) => c.charCodeAt(0));
  return coverage;
}

/** `RRGGBB` → [r, g, b]. */
export function rgb(color: string): readonly [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16)) as unknown as readonly [
    number,
    number,
    number,
  ];
}

/** The glyph for `ch`, or "?" for a character the font has no picture of. */
function glyphOf(ch: string): readonly [number, number, number, number] {
  return GLYPHS[ch] ?? GLYPHS["?"] ?? [0, 0, 0, 0];
}

/** The text's width in pixels. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += glyphOf(ch)[0];
  return Math.ceil(width);
}

/** `text` cut with "…" so that it is at most `max` pixels wide. */
export function fitText(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("").trimEnd()}…`) > max) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

export const LINE_HEIGHT = FONT_ASCENT + FONT_DESCENT;

export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background = "FFFFFF",
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  private blend(x: number, y: number, [r, g, b]: readonly number[], alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = 3 * (y * this.width + x);
    const a = Math.min(1, alpha);
    this.pixels[i] = Math.round((this.pixels[i] ?? 0) * (1 - a) + (r ?? 0) * a);
    this.pixels[i + 1] = Math.round((this.pixels[i + 1] ?? 0) * (1 - a) + (g ?? 0) * a);
    this.pixels[i + 2] = Math.round((this.pixels[i + 2] ?? 0) * (1 - a) + (b ?? 0) * a);
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    const [x0, y0] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))];
    const [x1, y1] = [Math.min(this.width, Math.round(x + w)), Math.min(this.height, Math.round(y + h))];
    if (x1 <= x0 || y1 <= y0) return;
    const c = rgb(color);
    // One row of the colour, copied into each row of the rectangle.
    const row = new Uint8Array(3 * (x1 - x0));
    for (let i = 0; i < row.length; i += 3) row.set(c, i);
    for (let py = y0; py < y1; py++) this.pixels.set(row, 3 * (py * this.width + x0));
  }

  /** A rectangle's outline, `thickness` pixels wide inside its edges. */
  strokeRect(x: number, y: number, w: number, h: number, color: string, thickness = 1): void {
    this.fillRect(x, y, w, thickness, color);
    this.fillRect(x, y + h - thickness, w, thickness, color);
    this.fillRect(x, y, thickness, h, color);
    this.fillRect(x + w - thickness, y, thickness, h, color);
  }

  /** Text on the baseline `y`, starting at, ending at or centred on `x`. */
  text(text: string, x: number, y: number, color: string, align: "left" | "right" | "center" = "left"): void {
    const c = rgb(color);
    const cover = glyphCoverage();
    const width = textWidth(text);
    let pen = align === "left" ? x : align === "right" ? x - width : x - width / 2;
    const top = Math.round(y) - FONT_ASCENT;
    for (const ch of text) {
      const [advance, left, glyphWidth, offset] = glyphOf(ch);
      const gx = Math.round(pen) + left;
      for (let row = 0; row < LINE_HEIGHT; row++) {
        for (let col = 0; col < glyphWidth; col++) {
          const a = cover[offset + row * glyphWidth + col] ?? 0;
          if (a > 0) this.blend(gx + col, top + row, c, a / 255);
        }
      }
      pen += advance;
    }
  }
}
