/**
 * "Rapportera uppföljning" on the preview page in Debian's chromium, against the production
 * build: the strategist's example plan, activity 1.1 reported for T1 through the form, the new
 * row in the Uppföljning grid and the activity's status turned to reported. Screenshots in
 * tests/artifacts/.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, hasChromium, launchChromium, openPreview, screenshot } from "./preview-kit";
import { serveFolder, type StaticServer } from "./static-server";

/** 11 days before T1 2026's report day (15 May): T1 is the period whose deadline is next. */
const TODAY = "2026-05-04";

describe.skipIf(!hasChromium)("preview page, Rapportera uppföljning", { timeout: 120_000 }, () => {
  let folder: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "atgardsplan-preview-follow-up-"));
    await buildPage(join(folder, "dist"));
    server = await serveFolder(join(folder, "dist"));
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const text = async (locator: ReturnType<Page["locator"]>) => (await locator.textContent())?.trim() ?? "";

  it("reports 1.1 for T1: the row appears in Uppföljning and 1.1 turns to reported", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await openPreview(page, server.url, TODAY);
    const panel = page.getByRole("region", { name: "Rapportera uppföljning", exact: true });
    const list = panel.getByRole("list", { name: "Aktiviteter och rapportering för T1 2026" });
    await list.waitFor();
    await expect
      .poll(() => text(panel.getByText(/^T1 2026: /)))
      .toBe("T1 2026: 11 dagar kvar till 15 maj. 0 av 8 aktiviteter har rapporterat.");
    const first = list.getByRole("listitem").first();
    expect(await text(first)).toContain("Saknas");

    // Keyboard only: the name, then "Rapportera 1.1", then the form.
    await panel.getByRole("textbox", { name: /Ditt namn/ }).fill("Anna Svensson");
    await page.keyboard.press("Tab");
    await panel.getByRole("button", { name: "Rapportera 1.1" }).focus();
    await page.keyboard.press("Enter");
    const form = panel.getByRole("form", { name: "1.1 Platssamverkan Vårberg, T1 2026" });
    await form.waitFor();
    await form.getByRole("radio", { name: "Uppfyllt", exact: true }).check();
    await form
      .getByRole("textbox", { name: /Genomförda aktiviteter/ })
      .fill("Fyra möten och en trygghetsvandring.");
    await form.getByRole("textbox", { name: "Antal möten" }).fill("4");
    await screenshot(page, "preview-follow-up-form");
    await form.getByRole("button", { name: "Spara" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Sparade uppföljningen för 1.1, T1 2026, i Uppföljning." })
      .waitFor();

    // The workbook shows the new row, selected.
    await expect.poll(() => text(page.getByRole("tab", { selected: true }))).toBe("Uppföljning");
    const grid = page.getByRole("grid", { name: "Bladet Uppföljning" });
    await grid.waitFor();
    const selected = grid.getByRole("gridcell", { selected: true });
    await expect.poll(() => text(selected)).toBe("1.1");
    const row = selected.locator("xpath=..");
    const cells = await row.getByRole("gridcell").allTextContents();
    expect(cells.map((c) => c.trim())).toEqual(
      expect.arrayContaining([
        "1.1",
        "2026",
        "T1",
        "Uppfyllt",
        "Fyra möten och en trygghetsvandring.",
        "4",
        "Anna Svensson",
        "2026-05-04",
      ]),
    );

    // And the status turned.
    await expect.poll(() => text(first)).toContain("Rapporterad 4 maj av Anna Svensson");
    await expect
      .poll(() => text(panel.getByText(/^T1 2026: /)))
      .toContain("1 av 8 aktiviteter har rapporterat.");
    await screenshot(page, "preview-follow-up-saved");
    await context.close();
  });
});
