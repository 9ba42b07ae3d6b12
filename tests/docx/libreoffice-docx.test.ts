/**
 * The Word report opened by LibreOffice Writer and printed to PDF: A4 pages numbered
 * "sida N av M" (as many as the PDF has), the overview on page 1, the chart as a picture on
 * page 2 (pdfimages), every activity whole on one page, and dates that do not break.
 * A screenshot of page 1 goes to tests/artifacts/rapport-word-sida1.png.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReportDocx } from "../../src/docx";
import { ExceljsWorkbook } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import {
  convertToPdf,
  hasLibreOffice as hasLibreOfficeFor,
  pagesOf,
  savePagePng,
  type PdfPage,
} from "../helpers/libreoffice";
import { buildReportWorkbook, longReportTables } from "../helpers/report-fixture";

const hasLibreOffice = hasLibreOfficeFor("LibreOffice-testerna av Word-rapporten");

const TABLES = longReportTables(14);
const NAMES = TABLES.Aktiviteter.map((a) => `${String(a.Nr)} ${String(a.Aktivitet)}`);

let dir = "";
let pdf = "";
let pages: PdfPage[] = [];

beforeAll(async () => {
  if (!hasLibreOffice) return;
  dir = makeTempDir("atgardsplan-lo-docx-");
  const plan = new Uint8Array(
    (await buildReportWorkbook({ tables: TABLES }).xlsx.writeBuffer()) as ArrayBuffer,
  );
  const book = await ExceljsWorkbook.fromBuffer(plan, "plan.xlsx");
  const { bytes } = await buildReportDocx(book, { period: "T2", createdOn: "2026-09-20" });
  const file = join(dir, "rapport-t2.docx");
  writeFileSync(file, bytes);
  pdf = convertToPdf(file, dir);
  pages = pagesOf(pdf);
  savePagePng(pdf, 1, "rapport-word-sida1");
}, 240_000);
afterAll(() => {
  if (dir) removeTempDir(dir);
});

/** The page's lines, trimmed, with LibreOffice's non-breaking hyphen read as "-". */
const lines = (page: PdfPage) =>
  page.text
    .replace(/\u2011/g, "-")
    .split("\n")
    .map((l) => l.trim());

describe("the Word report in LibreOffice Writer", () => {
  it.skipIf(!hasLibreOffice)(
    "opens and prints on A4 pages numbered 'sida N av M', M being the page count",
    () => {
      expect(pages.length).toBeGreaterThanOrEqual(5);
      pages.forEach((page, i) => {
        expect(page.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
        expect(page.text).toContain(
          `Skärholmen · Tertial 2 (maj–augusti) 2026 – sida ${i + 1} av ${pages.length}`,
        );
      });
    },
  );

  it.skipIf(!hasLibreOffice)(
    "has the title and the overview of every activity on page 1, and no details",
    () => {
      const first = pages[0]?.text ?? "";
      expect(first).toContain("Åtgärdsplan för gemensamma prioriteringar");
      expect(first).toContain("Översikt");
      // A name may wrap in its cell: every word of it is on the page.
      for (const name of NAMES) for (const word of name.split(" ")) expect(first).toContain(word);
      expect(first).not.toContain("Genomförda aktiviteter");
      expect(first).not.toContain("Status per område");
    },
  );

  it.skipIf(!hasLibreOffice)("shows the chart as a picture on page 2", () => {
    const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "")
      .map((l) => l.trim().split(/\s+/));
    expect(images.map((cols) => cols[0])).toEqual(["2"]);
    expect(pages[1]?.text).toContain("Status per område");
    expect(pages[1]?.text).toContain("Målet nått per område, T2 2026");
  });

  it.skipIf(!hasLibreOffice)(
    "keeps each activity's heading and its last row on one page, in Nr order",
    () => {
      const seen: string[] = [];
      for (const name of NAMES.filter((n) => !n.startsWith("2.2 "))) {
        const page = pages.findIndex((p, i) => i > 0 && lines(p).includes(name));
        expect(page, name).toBeGreaterThan(0);
        const on = lines(pages[page] as PdfPage);
        const after = on.slice(on.indexOf(name) + 1);
        const next = after.findIndex((l) => NAMES.includes(l));
        const block = next < 0 ? after : after.slice(0, next);
        expect(
          block.some((l) => l.startsWith("Rapportdatum") || l.startsWith("Andel trygga")),
          name,
        ).toBe(true);
        seen.push(name);
      }
      expect(seen).toHaveLength(19);
      // No page ends in a heading: an activity's, an area's or a part's.
      const headings = new Set([
        ...NAMES,
        "Status per område",
        "Bedömning T2 2026",
        "Aktiviteter utan uppföljning",
      ]);
      for (const page of pages) {
        const content = lines(page).filter((l) => l !== "" && !l.includes("– sida "));
        const last = content[content.length - 1] ?? "";
        expect(headings.has(last) || /^\d+\. /.test(last), last).toBe(false);
      }
      const text = pages.map((p) => p.text.replace(/\u2011/g, "-")).join("\n");
      expect(text).toContain("2026-09-12");
      for (const page of pages)
        for (const line of lines(page)) expect(line).not.toMatch(/\b\d{4}-(?:\d{2}-?)?$/);
    },
  );
});
