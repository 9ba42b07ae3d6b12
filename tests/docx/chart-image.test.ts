import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ChartBlock } from "../../src/plan";
import { chartPicture, drawChart } from "../../src/docx/chart-image";
import { crc32, encodePng } from "../../src/docx/png";
import { Raster, fitText, textWidth } from "../../src/docx/raster";

const CHART: ChartBlock = {
  kind: "chart",
  title: "Målet nått per område, T2 2026",
  categories: ["1. Trygghet", "2. Platser"],
  series: [
    { name: "Uppfyllt", color: "63BE7B", values: [3, 0] },
    { name: "Ej uppfyllt", color: "F4777A", values: [1, 2] },
  ],
  valueAxisTitle: "Antal aktiviteter",
  height: 200,
  source: { table: "summary", firstRow: 1, categoryColumn: 1, valueColumns: [4, 6] },
};

const hex = (r: Raster, x: number, y: number) =>
  [...r.pixels.subarray(3 * (y * r.width + x), 3 * (y * r.width + x) + 3)]
    .map((v) => v.toString(16).padStart(2, "0").toUpperCase())
    .join("");

/** The runs of one colour along a row of the picture: [colour, length] pairs. */
function runs(r: Raster, y: number): [string, number][] {
  const found: [string, number][] = [];
  for (let x = 0; x < r.width; x++) {
    const color = hex(r, x, y);
    const last = found[found.length - 1];
    if (last && last[0] === color) last[1]++;
    else found.push([color, 1]);
  }
  return found;
}

describe("drawChart", () => {
  const picture = drawChart(CHART, 1200);

  it("is as tall, for its width, as the chart on the sheet", () => {
    expect([picture.width, picture.height]).toEqual([1200, 400]);
  });

  it("draws each area's bar with a segment per status, as long as its count", () => {
    const lengthOf = (y: number, color: string) =>
      runs(picture, y)
        .filter(([c]) => c === color)
        .reduce((sum, [, n]) => sum + n, 0);
    // Find a row through each bar: the one with the most green, then the most red below it.
    const rows = Array.from({ length: picture.height }, (_, y) => y);
    const first = rows.reduce((best, y) => (lengthOf(y, "63BE7B") > lengthOf(best, "63BE7B") ? y : best), 0);
    const second = rows
      .filter((y) => y > first + 20)
      .reduce((best, y) => (lengthOf(y, "F4777A") > lengthOf(best, "F4777A") ? y : best), first + 21);
    const green = lengthOf(first, "63BE7B");
    // 3 met and 1 not met in area 1; 2 not met in area 2 (a segment loses its outline pixels).
    expect(green / lengthOf(first, "F4777A")).toBeCloseTo(3, 0);
    expect(lengthOf(second, "F4777A") / lengthOf(first, "F4777A")).toBeCloseTo(2, 0);
    expect(lengthOf(second, "63BE7B")).toBe(0);
  });

  it("writes the labels, the axis and the legend in dark text", () => {
    const dark = (y0: number, y1: number) => {
      let count = 0;
      for (let y = y0; y < y1; y++)
        for (let x = 0; x < picture.width; x++) if (hex(picture, x, y) === "262626") count++;
      return count;
    };
    expect(dark(picture.height - 40, picture.height)).toBeGreaterThan(100);
    expect(dark(0, picture.height)).toBeGreaterThan(1000);
  });
});

describe("text in the picture", () => {
  it("measures text by its glyphs and cuts it with an ellipsis to fit", () => {
    expect(textWidth("Uppfyllt")).toBeGreaterThan(textWidth("Ej"));
    const cut = fitText("1. Riktat arbete mot avgränsade platser", 150);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(150);
    expect(fitText("Kort", 150)).toBe("Kort");
  });
});

describe("encodePng", () => {
  it("writes a PNG whose pixels are the picture's, each chunk with its checksum", () => {
    const raster = new Raster(3, 2, "FFFFFF");
    raster.fillRect(1, 0, 1, 2, "63BE7B");
    const png = encodePng(raster);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const chunks: Record<string, Uint8Array> = {};
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks[type] = png.subarray(at + 8, at + 8 + length);
      at += 12 + length;
    }
    expect(Object.keys(chunks)).toEqual(["IHDR", "IDAT", "IEND"]);
    const header = new DataView(chunks.IHDR!.buffer, chunks.IHDR!.byteOffset);
    expect([header.getUint32(0), header.getUint32(4), chunks.IHDR![8], chunks.IHDR![9]]).toEqual([
      3, 2, 8, 2,
    ]);
    const rows = unzlibSync(chunks.IDAT!);
    const white = [255, 255, 255];
    const green = [0x63, 0xbe, 0x7b];
    expect([...rows]).toEqual([0, ...white, ...green, ...white, 0, ...white, ...green, ...white]);
  });

  it("gives the chart picture's size with its bytes", () => {
    const picture = chartPicture(CHART, 600);
    expect([picture.width, picture.height]).toEqual([600, 200]);
    expect(picture.png.length).toBeGreaterThan(1000);
  });
});
