/**
 * The preview page end to end in Debian's chromium (playwright-core), against the
 * production build served over HTTP from 127.0.0.1: the example plan, findings leading to
 * their cells, a workbook with errors opened through the file input, the T1 report, T2
 * follow-up rows and the download, checked with the command line. Each test saves a
 * screenshot in tests/artifacts/.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCli, ROOT, runCli } from "../helpers/cli";
import { readDocx } from "../docx/docx-reader";
import { packageProblems } from "../reliability/package-diff";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { bytesOf, planWorkbook } from "../helpers/xlsx-fixtures";
import { buildPage, hasChromium, launchChromium, openPreview, screenshot } from "./preview-kit";
import { serveFolder, type StaticServer } from "./static-server";

/** T1 2026's report day (15 May) has passed, T2's (15 September) has not. */
const TODAY = "2026-06-10";
const EXAMPLE = "atgardsplan-skarholmen.xlsx";
/** The example plan's activities (examples/atgardsplan-skarholmen.txt, sections 1–3). */
const ACTIVITIES = ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"];
/**
 * The example plan on TODAY: no errors; warnings for the 8 activities without a T1
 * follow-up, the 3 areas without a T1 assessment in its (empty) Bedömning table, the 3
 * activities whose Mötesfrekvens is only "Samverkansgruppen träffas?" (1.2, 2.1, 2.2), the
 * 3 without measurable goals (3.1, 3.2, 3.3) and 2.3's Sammankallande left as a question;
 * info for the 2 with no contact at Utbildningsförvaltningen (2.2, 3.2).
 */
const EXAMPLE_COUNTS = "0 fel, 18 varningar, 2 upplysningar";

describe.skipIf(!hasChromium)("preview page", { timeout: 90_000 }, () => {
  let folder: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageRequests: { method: string; url: string }[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "atgardsplan-preview-"));
    await Promise.all([buildPage(join(folder, "dist")), buildCli()]);
    server = await serveFolder(join(folder, "dist"));
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    pageRequests = [];
    page.on("request", (request) => pageRequests.push({ method: request.method(), url: request.url() }));
    await openPreview(page, server.url, TODAY);
  });

  afterEach(async () => {
    await context?.close();
  });

  const status = () => page.getByRole("status").filter({ hasText: / fel, / });
  const validate = async () => {
    await page.getByRole("button", { name: "Validera plan" }).click();
    await status().waitFor();
  };
  const activeTab = () => page.getByRole("tab", { selected: true });
  const selectedCell = () => page.getByRole("gridcell", { selected: true });
  const text = async (locator: ReturnType<Page["locator"]>) => (await locator.textContent())?.trim() ?? "";
  const region = (name: string) => page.getByRole("region", { name, exact: true });
  /**
   * The pane shows and validates before the grid's code (with exceljs) has arrived; a test
   * that counts or follows the sheet tabs waits for the grid first, as a person would.
   */
  const gridShown = () => page.getByRole("tab", { name: "Plan", exact: true }).waitFor();

  it("opens with the example plan and shows its counts at once", async () => {
    await expect.poll(() => text(page.getByText(/^Öppen fil:/))).toBe(`Öppen fil: ${EXAMPLE}`);
    // The page validates by itself when the plan is open: no click needed.
    await status().waitFor();
    expect(await text(status())).toContain(EXAMPLE_COUNTS);
    expect(await text(status())).toContain("Inga fel – 18 varningar att se över.");
    await expect
      .poll(() => page.getByRole("tab").allTextContents())
      .toEqual([
        "Plan",
        "Områden",
        "Aktiviteter",
        "Deltagare",
        "Indikatorer",
        "Uppföljning",
        "Utfall",
        "Bedömning",
      ]);
    await expect.poll(() => text(selectedCell())).toBe("Titel");
    await validate();
    expect(await text(status())).toContain(EXAMPLE_COUNTS);
    await expect
      .poll(() => page.getByText("Arbetsboken stannar i din webbläsare – inget laddas upp.").count())
      .toBe(1);
    await screenshot(page, "preview-example-validated");

    // Nothing left the browser: only the page's own files were fetched, all with GET.
    expect(pageRequests.every((r) => r.method === "GET" && r.url.startsWith(server.url))).toBe(true);
    expect(server.requests.every((r) => r.method === "GET")).toBe(true);
    expect(server.requests.map((r) => r.path)).toContain(`/examples/${EXAMPLE}`);
  });

  it("goes to a finding's cell: its sheet shown, the cell selected", async () => {
    await validate();
    await page.getByRole("button", { name: /Aktivitet 1\.2 har bara en fråga som mötesfrekvens/ }).click();
    await expect.poll(() => text(activeTab())).toBe("Aktiviteter");
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("Aktiviteter!F3");
    // F3 of Aktiviteter: activity 1.2's Mötesfrekvens in the example plan.
    expect(await text(selectedCell())).toBe("Samverkansgruppen träffas?");
    expect(await selectedCell().getAttribute("aria-colindex")).toBe("7"); // after the row numbers: F
    expect(await selectedCell().locator("xpath=..").getAttribute("aria-rowindex")).toBe("4"); // after the letters: 3
    await expect.poll(() => selectedCell().isVisible()).toBe(true);
    await screenshot(page, "preview-finding-cell");

    // A finding on another sheet moves there.
    await page.getByRole("button", { name: /Aktivitet 3\.1 saknar mätbara mål/ }).click();
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("Aktiviteter!D7");
    expect(await text(selectedCell())).toBe("Under framtagande.");
  });

  it("opens a workbook with errors through the file input and shows them", async () => {
    const book = planWorkbook({
      Aktiviteter: [activityRow({ Nr: "1.1", Löptid: "snart" }), activityRow({ Nr: "1.2" })],
      Uppfoljning: [followUpRow({ Aktivitet: "1.1", Period: "T5" }), followUpRow({ Aktivitet: "1.2" })],
    });
    await page.getByLabel("Öppna arbetsbok").setInputFiles({
      name: "plan-med-fel.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await bytesOf(book)),
    });
    await expect.poll(() => text(page.getByText(/^Öppen fil:/))).toBe("Öppen fil: plan-med-fel.xlsx");
    await validate();
    expect(await text(status())).toMatch(/^2 fel, /);
    expect(await text(status())).toContain("Planen har 2 fel som behöver rättas.");
    await page.getByRole("radio", { name: "Fel" }).check();
    const errors = page.getByRole("list", { name: /^Fel: / }).getByRole("button");
    await expect.poll(() => errors.count()).toBe(2);
    const messages = (await errors.allTextContents()).join("\n");
    expect(messages).toContain("snart");
    expect(messages).toContain("T5");
    await screenshot(page, "preview-workbook-with-errors");

    // The Löptid error leads to its cell (Aktiviteter, column E of row 2).
    await errors.filter({ hasText: "snart" }).click();
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("Aktiviteter!E2");
    expect(await text(selectedCell())).toBe("snart");
  });

  it("shows one wrong activity Nr on many rows as one problem, every cell a click away", async () => {
    const book = planWorkbook({
      Uppfoljning: [
        followUpRow({ Aktivitet: "1.1" }),
        followUpRow({ Aktivitet: "1.2" }),
        ...[2020, 2021, 2022, 2023, 2024, 2025].map((year) => followUpRow({ Aktivitet: "9.9", År: year })),
      ],
    });
    await page.getByLabel("Öppna arbetsbok").setInputFiles({
      name: "fel-nummer.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await bytesOf(book)),
    });
    await expect.poll(() => text(page.getByText(/^Öppen fil:/))).toBe("Öppen fil: fel-nummer.xlsx");
    await validate();
    const group = page.getByRole("list", { name: "Fel: Hänvisning till något som inte finns, 6" });
    await expect
      .poll(() => group.getByText("Aktivitet 9.9 finns inte i Aktiviteter.", { exact: false }).count())
      .toBe(1);
    await group.getByRole("button", { name: "Visa alla 6 celler" }).click();
    const cells = group.getByRole("list", { name: "Cellerna (6)" }).getByRole("button");
    await expect.poll(() => cells.count()).toBe(6);
    await screenshot(page, "preview-one-problem-many-cells");
    await cells.nth(4).click();
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("'Uppföljning'!A8");
    expect(await text(activeTab())).toBe("Uppföljning");
    expect(await text(selectedCell())).toBe("9.9");
  });

  it("opens a workbook dropped on the page", async () => {
    const bytes = [...(await bytesOf(planWorkbook()))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "släppt-plan.xlsx"));
      return transfer;
    }, bytes);
    const target = region("Arbetsboken");
    await target.dispatchEvent("dragover", { dataTransfer });
    await page.getByText("Släpp arbetsboken här för att öppna den").waitFor();
    await screenshot(page, "preview-drop");
    await target.dispatchEvent("drop", { dataTransfer });
    await expect.poll(() => text(page.getByText(/^Öppen fil:/))).toBe("Öppen fil: släppt-plan.xlsx");
    expect(await page.getByText("Släpp arbetsboken här för att öppna den").count()).toBe(0);
    await validate();
    // The small valid plan of the test helpers: two activities, followed up for T1 2026.
    expect(await text(status())).toMatch(/^0 fel, /);
  });

  it("says why a file that is not a workbook cannot be opened, and keeps the open one", async () => {
    await page.getByLabel("Öppna arbetsbok").setInputFiles({
      name: "anteckningar.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("Nr;Område\n1;Trygghet\n"),
    });
    const alert = page.getByRole("alert").filter({ hasText: "anteckningar.xlsx" });
    await alert.waitFor();
    expect(await text(alert)).toContain("Det gick inte");
    expect(await text(page.getByText(/^Öppen fil:/))).toBe(`Öppen fil: ${EXAMPLE}`);
    await screenshot(page, "preview-not-a-workbook");
  });

  async function createReport(period: "T1" | "T2" | "VB"): Promise<void> {
    await gridShown();
    const panel = region("Tertialrapport");
    await panel.getByLabel("Period").selectOption(period);
    await panel.getByLabel("År").fill("2026");
    await panel.getByRole("button", { name: "Skapa tertialrapport" }).click();
  }

  async function prepareFollowUps(period: "T1" | "T2" | "VB"): Promise<void> {
    await gridShown();
    const panel = region("Förbered uppföljning");
    await panel.getByLabel("Period").selectOption(period);
    await panel.getByLabel("År").fill("2026");
    await panel.getByRole("button", { name: "Förbered uppföljning" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Lade till 8 rader i Uppföljning och 3 rader i Bedömning." })
      .waitFor();
  }

  it("creates the T1 report: a new tab, shown", async () => {
    await createReport("T1");
    await expect.poll(() => text(activeTab())).toBe("Rapport T1 2026");
    expect(await page.getByRole("tab").count()).toBe(9);
    await page.getByRole("grid", { name: "Bladet Rapport T1 2026" }).waitFor();
    // The report's title row names the plan.
    await expect
      .poll(() => page.getByRole("gridcell", { name: /Åtgärdsplan för gemensamma/ }).count())
      .toBeGreaterThan(0);
    await screenshot(page, "preview-report-t1");
  });

  it("prepares the T2 follow-up rows: one per activity in Uppföljning", async () => {
    await prepareFollowUps("T2");
    await page.getByRole("tab", { name: "Uppföljning" }).click();
    const grid = page.getByRole("grid", { name: "Bladet Uppföljning" });
    await grid.waitFor();
    await expect
      .poll(() => grid.getByRole("gridcell", { name: "T2", exact: true }).count())
      .toBe(ACTIVITIES.length);
    for (const [i, nr] of ACTIVITIES.entries()) {
      const row = grid.locator(`tr[aria-rowindex="${i + 3}"]`); // sheet row i + 2, after the header
      expect(await row.getByRole("gridcell").first().textContent()).toBe(nr);
    }
    await screenshot(page, "preview-prepared-t2");
  });

  it("downloads the workbook with the report and the rows, under its own name", async () => {
    await createReport("T1");
    await expect.poll(() => text(activeTab())).toBe("Rapport T1 2026");
    await prepareFollowUps("T2");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner arbetsbok" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(EXAMPLE);
    const file = join(folder, "nedladdad", EXAMPLE);
    await download.saveAs(file);
    await screenshot(page, "preview-downloaded");

    // The page edited the example's package, as the command line does: every part it does
    // not own is byte for byte the example's, and the parts it owns only gained.
    const example = new Uint8Array(readFileSync(join(ROOT, "examples", EXAMPLE)));
    const owned =
      /^(?:xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|worksheets\/sheet\d+\.xml|tables\/table\d+\.xml)|\[Content_Types\]\.xml|docProps\/app\.xml)$/;
    const problems = await packageProblems(example, new Uint8Array(readFileSync(file)), {
      owns: (part) => owned.test(part),
      attributes: new Set([
        "*@count",
        "vector@size",
        "dimension@ref",
        "dataValidation@sqref",
        "row@spans",
        "table@ref",
        "autoFilter@ref",
      ]),
      texts: new Set(["i4"]),
    });
    expect(problems).toEqual([]);

    // Read back with raw exceljs: the report sheet and the T2 rows are in the file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toContain("Rapport T1 2026");
    const followUps = book.getWorksheet("Uppföljning");
    const rows: unknown[][] = [];
    followUps?.eachRow(
      (row, n) => n > 1 && rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]),
    );
    expect(rows).toEqual(ACTIVITIES.map((nr) => [nr, 2026, "T2"]));

    // The command line reads it: the example's findings and nothing more. The prepared T2 rows
    // are not yet reported, and T2's report day is still to come: no errors for them.
    const result = await runCli(["validera", file, "--json", "--datum", TODAY]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      stats: { errors: number; warnings: number; info: number };
    };
    expect(report.valid).toBe(true);
    expect(report.stats).toEqual({ errors: 0, warnings: 18, info: 2 });
  });

  it("downloads the T1 report as a Word document, the workbook left as it was", async () => {
    const panel = region("Tertialrapport");
    await panel.getByLabel("Period").selectOption("T1");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Ladda ner som Word-dokument" }).click(),
    ]);
    const name = "Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.docx";
    expect(download.suggestedFilename()).toBe(name);
    const file = join(folder, "word", name);
    await download.saveAs(file);
    await page
      .getByRole("status")
      .filter({ hasText: `Laddade ner ${name}.` })
      .waitFor();
    await screenshot(page, "preview-word-downloaded");
    // No report sheet was written.
    await gridShown();
    expect(await page.getByRole("tab").count()).toBe(8);

    const { paragraphs } = await readDocx(readFileSync(file));
    const areas = paragraphs.filter((p) => p.style?.toLowerCase() === "heading 1").map((p) => p.text);
    expect(areas).toEqual([
      "Översikt",
      "Status per område",
      expect.stringMatching(/^1\. /),
      expect.stringMatching(/^2\. /),
      expect.stringMatching(/^3\. /),
      "Aktiviteter utan uppföljning",
    ]);
    const activities = paragraphs.filter((p) => p.style?.toLowerCase() === "heading 2").map((p) => p.text);
    expect(activities.map((a) => a.split(" ")[0])).toEqual(ACTIVITIES);
  });

  it("starts a new plan from the template with Ny plan", async () => {
    await page.getByRole("button", { name: "Ny plan" }).click();
    await expect.poll(() => text(page.getByText(/^Öppen fil:/))).toBe("Öppen fil: ny-atgardsplan.xlsx");
    await expect.poll(() => page.getByRole("tab").allTextContents()).toContain("Aktiviteter");
    await validate();
    expect(await text(status())).toMatch(/^\d+ fel, /);
    await screenshot(page, "preview-new-plan");
  });

  it("works from the keyboard: sheet tabs with the arrow keys, the grid's selection too", async () => {
    await page.getByRole("tab", { name: "Plan" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => text(activeTab())).toBe("Områden");
    await page.keyboard.press("End");
    await expect.poll(() => text(activeTab())).toBe("Bedömning");
    await page.keyboard.press("Home");
    await expect.poll(() => text(activeTab())).toBe("Plan");
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("grid");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("Plan!B2");
    expect(await text(selectedCell())).toBe("Skärholmen");
    await screenshot(page, "preview-keyboard");
  });

  it("is readable at a task pane's width: the finding's cell is brought into sight", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole("button", { name: "Validera plan" }).waitFor();
    await screenshot(page, "preview-narrow-start");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360); // no sideways scrolling of the page
    await validate();
    await page.getByRole("button", { name: /Aktivitet 3\.3 saknar mätbara mål/ }).click();
    await expect.poll(() => text(page.getByTestId("selected-address"))).toBe("Aktiviteter!D9");
    await expect
      .poll(() =>
        selectedCell().evaluate((cell) => {
          const box = cell.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await screenshot(page, "preview-narrow-finding");
  });
});
