/**
 * LibreOffice, a reader independent of exceljs, opens a workbook with report sheets written
 * through the adapter and prints it to PDF: the report pages are A4 and hold the report.
 * Needs soffice (libreoffice-calc) and poppler-utils; `.ci/run` installs both.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTertialReport } from "../../src/plan";
import { openWorkbookFile, saveWorkbookFile } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { ACTIVITY_NAMES, FORMULA_LIKE, writeReportFixture } from "../helpers/report-fixture";

const has = (tool: string): boolean => spawnSync("which", [tool]).status === 0;
const hasSoffice = has("soffice") && has("pdftotext") && has("pdfinfo");

let dir = "";
beforeAll(() => {
  dir = makeTempDir("atgardsplan-libreoffice-");
});
afterAll(() => removeTempDir(dir));

interface Page {
  readonly size: string;
  readonly text: string;
}

/** Every page of the PDF: its size as pdfinfo says it and its text. */
function pagesOf(pdf: string): Page[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1] ?? "");
  return sizes.map((size, i) => ({
    size,
    text: execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], {
      encoding: "utf8",
    }),
  }));
}

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

      const profile = `file://${join(dir, "lo-profile")}`;
      execFileSync(
        "soffice",
        [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, written],
        { timeout: 180_000, stdio: "ignore" },
      );
      const pages = pagesOf(join(dir, "rapport.pdf"));
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
