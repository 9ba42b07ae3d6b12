/**
 * The report as the council gets it ("Publicera rapport": the report sheet as a workbook of
 * its own), printed to PDF by LibreOffice: the overview is page 1, the chart is drawn on
 * page 2, each area's assessment comes before its activities, no activity is split across
 * pages, no date wraps, and each footer names the district, the period and "sida N av M".
 * Screenshots of the first two pages go to tests/artifacts/ for a person to look at.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTertialReport,
  layoutTertialReport,
  locatePlanTables,
  readPlanData,
  STATUS_LOOKS,
  type SheetLayout,
} from "../../src/plan";
import { buildReportWorkbook, ExceljsWorkbook } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import {
  convertToPdf,
  hasLibreOffice as hasLibreOfficeFor,
  pageImage,
  pagesOf,
  pixelsOf,
  savePagePng,
  type PdfPage,
} from "../helpers/libreoffice";
import { buildReportWorkbook as fixtureWorkbook, longReportTables } from "../helpers/report-fixture";
import { snapshotOf } from "../helpers/snapshot-builder";

const hasLibreOffice = hasLibreOfficeFor("LibreOffice-testerna av rapportens utskrift");

const TABLES = longReportTables(14);
const FOOTER = "Skärholmen · Tertial 2 (maj–augusti) 2026";

let dir = "";
let pdf = "";
let pages: PdfPage[] = [];
let layout: SheetLayout;

beforeAll(async () => {
  const snapshot = snapshotOf(
    Object.entries(TABLES).flatMap(([name, rows]) => (rows ? [{ name, rows }] : [])),
  );
  layout = layoutTertialReport(buildTertialReport(readPlanData(locatePlanTables(snapshot)), "T2", 2026));
  if (!hasLibreOffice) return;
  dir = makeTempDir("atgardsplan-lo-report-");
  const plan = new Uint8Array((await fixtureWorkbook({ tables: TABLES }).xlsx.writeBuffer()) as ArrayBuffer);
  const source = await ExceljsWorkbook.fromBuffer(plan, "plan.xlsx");
  const { bytes } = await buildReportWorkbook(source, { period: "T2", createdOn: "2026-09-20" });
  const file = join(dir, "rapport-t2.xlsx");
  writeFileSync(file, bytes);
  pdf = convertToPdf(file, dir);
  pages = pagesOf(pdf);
  savePagePng(pdf, 1, "rapport-oversikt");
  savePagePng(pdf, 2, "rapport-diagram");
}, 240_000);
afterAll(() => {
  if (dir) removeTempDir(dir);
});

/** Each activity's heading and the first cell of its block's last row, from the layout. */
function activityBlocks(): { heading: string; last: string }[] {
  const rows = layout.rows;
  return rows.flatMap((row, i) => {
    const first = row.cells[0];
    if (first?.style !== "subheading" || !/^\d+\.\d+ /.test(String(first.value))) return [];
    let end = i;
    while (rows[end + 1]?.cells.length) end++;
    const label = rows[end]?.cells.find((c) => c !== null && c.value !== null)?.value;
    return [{ heading: String(first.value), last: String(label) }];
  });
}

const lines = (page: PdfPage) => page.text.split("\n").map((l) => l.trim());

describe("the report printed by LibreOffice", () => {
  it.skipIf(!hasLibreOffice)("has A4 pages, each footer naming the district, the period and its page", () => {
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((page, i) => {
      expect(page.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
      expect(page.text).toContain(`${FOOTER} – sida ${i + 1} av ${pages.length}`);
    });
  });

  it.skipIf(!hasLibreOffice)(
    "opens with the overview on page 1: every activity, and none of their details",
    () => {
      const first = pages[0]?.text ?? "";
      const names = TABLES.Aktiviteter.map((a) => `${String(a.Nr)} ${String(a.Aktivitet)}`);
      expect(names).toHaveLength(20);
      for (const name of names) expect(first).toContain(name);
      expect(first).toContain("Översikt");
      expect(first).toContain("Avvikelser T2 2026");
      expect(first).toContain("Sämre än T1: Uppfyllt → Delvis uppfyllt");
      expect(first).toContain("Sammanfattning per område");
      for (const detail of [
        "Genomförda aktiviteter",
        "Sammankallande",
        "Övergripande mål och syfte",
        "Status per område",
      ]) {
        expect(first).not.toContain(detail);
      }
    },
  );

  it.skipIf(!hasLibreOffice)(
    "draws the chart of the statuses per area on page 2, in the statuses' colours",
    () => {
      const second = pages[1]?.text ?? "";
      expect(second).toContain("Status per område");
      expect(second).toContain("Målet nått per område, T2 2026");
      expect(second).toContain("Antal aktiviteter");
      expect(second).toMatch(/Uppfyllt\s+Delvis uppfyllt\s+Ej uppfyllt\s+Ej bedömt\s+Saknas/);
      // LibreOffice draws the chart as vector graphics, not an image: its bars are found by
      // their colours on the rendered page (the overview's cells use paler ones).
      const chartPage = pageImage(pdf, 2);
      const overview = pageImage(pdf, 1);
      for (const key of ["met", "partly", "notMet", "notAssessed"] as const) {
        expect(pixelsOf(chartPage, STATUS_LOOKS[key].chartColor), key).toBeGreaterThan(20);
      }
      // Grey is also at the edges of borders and text; the colours are the chart's alone.
      for (const key of ["met", "partly", "notMet"] as const) {
        expect(pixelsOf(overview, STATUS_LOOKS[key].chartColor), key).toBe(0);
      }
    },
  );

  it.skipIf(!hasLibreOffice)("gives each area's goal and assessment before its activities", () => {
    const text = pages.map((p) => p.text).join("\n");
    const area1 = text.indexOf("1. Riktat arbete i utsatta områden", text.indexOf("Status per område"));
    const assessment = text.indexOf("Bredäng har tappat fart under sommaren.", area1);
    const activity = text.indexOf("1.1 Platssamverkan Vårberg", area1);
    expect(area1).toBeGreaterThan(0);
    expect(text.indexOf("Minska brottsligheten.", area1)).toBeLessThan(assessment);
    expect(assessment).toBeGreaterThan(area1);
    expect(assessment).toBeLessThan(activity);
  });

  it.skipIf(!hasLibreOffice)("prints each activity's heading and its last row on the same page", () => {
    const blocks = activityBlocks();
    expect(blocks).toHaveLength(20);
    const headings = new Set(blocks.map((b) => b.heading));
    let checked = 0;
    for (const { heading, last } of blocks) {
      const page = pages.findIndex((p, i) => i > 0 && lines(p).includes(heading));
      expect(page, heading).toBeGreaterThan(0);
      const on = lines(pages[page] as PdfPage);
      const after = on.slice(on.indexOf(heading) + 1);
      const next = after.findIndex((l) => headings.has(l));
      const rest = next < 0 ? after : after.slice(0, next);
      expect(
        rest.some((l) => l.startsWith(last)),
        `${heading}: "${last}" på sidan ${page + 1}`,
      ).toBe(true);
      checked++;
    }
    expect(checked).toBe(20);
    // The layout broke the pages itself: more than one break after the overview's.
    expect(layout.pageBreaks?.length).toBeGreaterThan(2);
  });

  it.skipIf(!hasLibreOffice)("never leaves a heading alone at the foot of a page", () => {
    const headings = new Set(
      layout.rows
        .map((r) => r.cells[0])
        .filter((c) => c?.style === "heading" || c?.style === "subheading")
        .map((c) => String(c?.value)),
    );
    expect(headings.size).toBeGreaterThan(25);
    pages.forEach((page, i) => {
      const content = lines(page).filter((l) => l !== "" && !l.startsWith(FOOTER));
      expect(headings.has(content[content.length - 1] ?? ""), `sidan ${i + 1}`).toBe(false);
    });
  });

  it.skipIf(!hasLibreOffice)("never wraps a date", () => {
    for (const page of pages) {
      for (const line of lines(page)) expect(line).not.toMatch(/\b\d{4}-(?:\d{2}-?)?$/);
      for (const line of lines(page)) expect(line).not.toMatch(/^(?:\d{2}-)?\d{2}\b.*$/);
    }
    expect(pages.map((p) => p.text).join("\n")).toContain("2026-09-12");
  });
});
