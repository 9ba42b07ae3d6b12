/**
 * The add-in end to end in Debian's chromium (playwright-core): the production build's
 * taskpane.html served from 127.0.0.1, with Microsoft's pinned Excel client library in place
 * of office.js from the CDN and a simulated Excel behind its native bridge
 * (tests/office-host/browser/page-bridge.ts explains the wiring). Nothing else leaves the
 * page. Each test saves a screenshot in tests/artifacts/.
 */
import { rmSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reportMarkerName } from "../../src/plan";
import {
  bookFingerprint,
  excelFromExceljs,
  type SimulatedExcel,
  type SimulatedExcelOptions,
} from "../office-host";
import { connectPage, OFFICE_JS_URL, type PageBridge } from "../office-host/browser/page-bridge";
import { problemPlanBook } from "../taskpane/plan-book";
import { hasChromium, launchChromium, productionBuild, screenshot } from "./preview-kit";
import { serveFolder, type StaticServer } from "./static-server";

/** T1 2026's report day (15 May) has passed, T2's has not (as in tests/taskpane). */
const TODAY = "2026-06-10";

describe.skipIf(!hasChromium)("the add-in's task pane in Excel", { timeout: 120_000 }, () => {
  let own: string | null = null;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let bridge: PageBridge;
  let outside: string[];

  beforeAll(async () => {
    const build = await productionBuild();
    own = build.own;
    server = await serveFolder(build.folder);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (own) rmSync(own, { recursive: true, force: true });
  });

  afterEach(async () => {
    await context?.close();
    expect(outside).toEqual([]);
    expect(bridge.failures).toEqual([]);
  });

  /** The task pane (Excel's width for it) over `excel`, at noon on TODAY; `query` for its address. */
  async function openPane(excel: SimulatedExcel, query = ""): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    outside = [];
    await context.route(
      (url) => url.origin !== new URL(server.url).origin && url.href !== OFFICE_JS_URL,
      async (route) => {
        outside.push(route.request().url());
        await route.abort();
      },
    );
    const page = await context.newPage();
    bridge = await connectPage(page, excel);
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
    await page.goto(new URL(`taskpane.html${query}`, server.url).href);
    return page;
  }

  async function planInExcel(options: SimulatedExcelOptions = {}): Promise<SimulatedExcel> {
    return excelFromExceljs((await problemPlanBook()).workbook, options);
  }

  const selection = (excel: SimulatedExcel) => {
    const selected = excel.book.selection;
    return selected && { sheet: selected.sheet.name, top: selected.ref.top, left: selected.ref.left };
  };

  it("validates the plan, leads to a finding's cell, and writes the tertial report into Excel", async () => {
    const excel = await planInExcel();
    const page = await openPane(excel);

    await page.getByRole("button", { name: "Validera plan" }).click();
    await page.getByText("2 fel, 6 varningar, 1 upplysning").waitFor();
    await screenshot(page, "taskpane-excel-validated");

    // 1.2's T1 follow-up has no Kommentar: Uppföljning!E3 (the table's second data row).
    await page.getByRole("button", { name: /'?Uppföljning'?!E3/ }).click();
    await expect.poll(() => selection(excel)).toEqual({ sheet: "Uppföljning", top: 3, left: 5 });
    expect(excel.book.active?.name).toBe("Uppföljning");

    const report = page.getByRole("region", { name: "Tertialrapport" });
    await report.getByRole("button", { name: "Skapa tertialrapport" }).click();
    await page.getByText("Skapade bladet Rapport T1 2026.").waitFor();
    const sheet = excel.book.sheets.find((s) => s.name === "Rapport T1 2026");
    expect(sheet?.cells.get(1)?.get(1)?.value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(excel.book.names.map((n) => n.name)).toContain(reportMarkerName("T1", 2026));
    expect(excel.book.active?.name).toBe("Rapport T1 2026");
    await screenshot(page, "taskpane-excel-report");
    // Every request crossed the bridge; none failed.
    expect(excel.requests.filter((r) => r.error !== null)).toEqual([]);
    expect(excel.faults).toEqual([]);
  });

  it("tells the user in Swedish that an Excel without ExcelApi 1.13 is too old, and reads nothing", async () => {
    const excel = await planInExcel({ excelApi: "1.12" });
    const page = await openPane(excel);

    await page.getByText(/^Den här Excel-versionen är för gammal för Åtgärdsplan\./).waitFor();
    expect(await page.getByRole("button").count()).toBe(0);
    expect(excel.requests).toEqual([]);
    await screenshot(page, "taskpane-excel-too-old");
  });

  it("runs Kontrollera tillägget (?diagnostik) in Excel and copies what it saw, the user's sheets untouched", async () => {
    const excel = await planInExcel();
    const before = bookFingerprint(excel);
    const page = await openPane(excel, "?diagnostik");
    const panel = page.getByRole("region", { name: "Kontrollera tillägget" });
    await panel.getByRole("button", { name: "Starta kontrollen" }).click();
    const copy = panel.getByRole("button", { name: "Kopiera resultat" });
    await copy.waitFor({ timeout: 60_000 });
    await copy.click();
    await panel.getByText("Resultatet är kopierat.", { exact: false }).waitFor();
    await screenshot(page, "taskpane-excel-self-check");

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split("\n");
    expect(lines[0]).toBe("Kontroll av tillägget Åtgärdsplan");
    expect(lines.slice(5)).toEqual([
      "✓ ExcelApi 1.13 (Excel-funktioner som tillägget använder): Excel har ExcelApi 1.13.",
      "✗ NestedAppAuth 1.1 (inloggning till SharePoint i Excel): Stöds inte: SharePoint-delen kan inte logga in i den här Excel-versionen.",
      "✓ Datumsystem: 1900 (DATUM(1904;1;1) = 1462).",
      expect.stringMatching(/^✓ Nollobjekt \(…OrNullObject\): Ett blad som saknas gav ett nollobjekt/),
      '✓ Text i textformaterade celler: "1.10" → "1.10", "=1+1" → "=1+1", "2026-05-15" → "2026-05-15".',
      "✓ Sammanfogade celler: B2:B4 sammanfogat; frågat om B3:D5 gav Excel inget område (office-js 3611), frågat från A1 B2:B4. 513 sammanfogade områden (Excel listar högst 512 åt gången): 513 hittade.",
      "✓ Ändringshändelse för tilläggets egen skrivning: Händelse med source Local, triggerSource saknas (före ExcelApi 1.14); tillägget kände igen den som sin egen.",
      "✓ Storlek på förfrågningar och svar: Skrev 1,8 MB i en förfrågan och läste 1,8 MB i ett svar.",
      expect.stringMatching(
        /^✓ Tillfälligt provblad borttaget: Bladet "atgardsplan-kontroll-\w+" lades till dolt och togs bort\.$/,
      ),
      expect.stringMatching(/^✗ Arbetsboken i SharePoint: Arbetsboken har ingen adress i SharePoint/),
      "✗ Inloggning till SharePoint: Inte prövad: arbetsboken ligger inte i SharePoint.",
      "",
      "8 av 11 kontroller godkända.",
    ]);
    expect(bookFingerprint(excel)).toEqual(before);
    expect(excel.faults).toEqual([]);
  });
});
