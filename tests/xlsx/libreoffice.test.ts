/**
 * LibreOffice, a reader independent of exceljs, opens workbooks written through the adapter
 * and prints them to PDF: the report pages are A4 and hold the report; the plan template's
 * and an imported plan's pages are A4 landscape, one page wide, with the header row and
 * the footer on every page. Needs soffice (libreoffice-calc) and poppler-utils; `.ci/run`
 * installs both.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlanDocument } from "../../src/import";
import { createTertialReport, PLAN_TABLES, planTemplate, type NewTable } from "../../src/plan";
import { ExceljsWorkbook, openWorkbookFile, saveWorkbookFile } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { seedText } from "../import/seed-helpers";
import { hasLibreOffice, pagesOf, printed as printedIn, convertToPdf } from "../helpers/libreoffice";
import { ACTIVITY_NAMES, FORMULA_LIKE, writeReportFixture } from "../helpers/report-fixture";

const printed = (file: string) => printedIn(file, dir);
const hasSoffice = hasLibreOffice("LibreOffice-testerna (utskrift till PDF)");

let dir = "";
beforeAll(() => {
  dir = makeTempDir("atgardsplan-libreoffice-");
});
afterAll(() => removeTempDir(dir));

async function writePlanTables(tables: readonly NewTable[], file: string): Promise<string> {
  const book = ExceljsWorkbook.empty();
  await book.createTables(tables);
  writeFileSync(join(dir, file), await book.toBuffer());
  return join(dir, file);
}

const A4_LANDSCAPE = /^841\.\d+ x 595\.\d+ pts \(A4\)$/;

describe("plan tables in LibreOffice", () => {
  it.skipIf(!hasSoffice)(
    "prints the empty template on one A4 landscape page per sheet, header and footer on each (needs soffice and poppler-utils)",
    async () => {
      const pages = printed(await writePlanTables(planTemplate(), "mall.xlsx"));
      expect(pages.map((p) => p.size)).toEqual(PLAN_TABLES.map(() => expect.stringMatching(A4_LANDSCAPE)));
      PLAN_TABLES.forEach((def, i) => {
        const text = pages[i]?.text ?? "";
        // LibreOffice numbers the pages of the whole workbook: "Plan – sida 1 av 7".
        expect(text).toMatch(new RegExp(`${def.sheet} – sida ${i + 1} av ${PLAN_TABLES.length}`));
        // The last header is on the page too: the table is not cut across pages.
        expect(text).toContain(def.columns.at(-1)?.header);
      });
    },
    240_000,
  );

  it.skipIf(!hasSoffice)(
    "prints the imported example plan on A4 landscape pages, the header row repeated on each (needs soffice and poppler-utils)",
    async () => {
      const { tables } = await importPlanDocument(
        { fileName: "atgardsplan-skarholmen.txt", data: seedText() },
        { year: 2026 },
      );
      const pages = printed(await writePlanTables(tables, "importerad.xlsx"));
      for (const page of pages) expect(page.size).toMatch(A4_LANDSCAPE);
      // The 92 participant rows take more than one page; each page starts with the header row.
      const participants = PLAN_TABLES.find((t) => t.name === "Deltagare")!;
      const headerRow = new RegExp(`^${participants.columns.map((c) => c.header).join("\\s+")}`);
      const onPages = pages.filter((p) => /Deltagare – sida \d+ av \d+/.test(p.text));
      expect(onPages.length).toBeGreaterThan(1);
      for (const page of onPages) expect(page.text.trimStart()).toMatch(headerRow);
    },
    240_000,
  );
});

describe("report sheets in LibreOffice", () => {
  it.skipIf(!hasSoffice)(
    "prints the T2 report and the verksamhetsberättelse on A4 pages with every activity (needs soffice and poppler-utils)",
    async () => {
      const source = join(dir, "plan.xlsx");
      const written = join(dir, "rapport.xlsx");
      await writeReportFixture(source);
      const book = await openWorkbookFile(source);
      await createTertialReport(book, { period: "T2" }, "refuse");
      await createTertialReport(book, { period: "VB" }, "refuse");
      await saveWorkbookFile(book, written);

      const pages = pagesOf(convertToPdf(written, dir));
      const t2 = pages.filter((p) => p.text.includes("Tertial 2 (maj–augusti) 2026 – sida"));
      const vb = pages.filter((p) => p.text.includes("Verksamhetsberättelse (helår) 2026 – sida"));
      expect(t2.length).toBeGreaterThan(0);
      expect(vb.length).toBeGreaterThan(0);
      for (const page of [...t2, ...vb]) expect(page.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);

      for (const report of [t2, vb]) {
        const text = report.map((p) => p.text).join("\n");
        for (const [nr, name] of Object.entries(ACTIVITY_NAMES)) expect(text).toContain(`${nr} ${name}`);
        expect(text).toContain("Sammanfattning per område");
        expect(text).toContain("Aktiviteter utan uppföljning");
        expect(text).toContain("Uppföljning saknas");
      }
      // Formula-like comments print as the text that was typed, not as a computed value
      // (the T1 comment of 1.1 wraps in its narrow column after "en").
      const vbText = vb.map((p) => p.text).join("\n");
      expect(vbText).toContain(FORMULA_LIKE.comment11.slice(0, "=SUMMA(A1:A3) är inte en".length));
      expect(vbText).toContain(FORMULA_LIKE.comment12);
      expect(vbText).toContain(FORMULA_LIKE.comment110);
    },
    240_000,
  );
});
