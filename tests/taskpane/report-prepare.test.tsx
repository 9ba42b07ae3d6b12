// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import JSZip from "jszip";
import { locatePlanTables } from "../../src/plan";
import { activityRow, followUpRow, validPlanTables } from "../helpers/snapshot-builder";
import { bookWith, problemPlanBook } from "./plan-book";
import { renderPane } from "./pane-harness";

afterEach(cleanup);

describe("TaskPane 'Tertialrapport'", () => {
  it("defaults to the latest ended period and writes and activates its sheet", async () => {
    const book = await problemPlanBook();
    const { user, host } = renderPane(book);
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    // 2026-06-10: T1 (January–April) has ended, T2 (May–August) has not.
    expect((within(panel).getByLabelText("Period") as HTMLSelectElement).value).toBe("T1");
    expect((within(panel).getByLabelText("År") as HTMLInputElement).value).toBe("2026");

    await user.click(within(panel).getByRole("button", { name: "Skapa tertialrapport" }));
    expect((await screen.findByRole("status")).textContent).toContain("Skapade bladet Rapport T1 2026.");
    const sheets = (await book.readSnapshot()).sheets.map((s) => s.name);
    expect(sheets).toContain("Rapport T1 2026");
    expect(host.activated).toEqual(["Rapport T1 2026"]);
  });

  it("writes the period and year the user picks", async () => {
    const book = await problemPlanBook();
    const { user, host } = renderPane(book);
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    await user.selectOptions(within(panel).getByLabelText("Period"), "VB");
    const year = within(panel).getByLabelText("År");
    await user.clear(year);
    await user.type(year, "2025");
    await user.click(within(panel).getByRole("button", { name: "Skapa tertialrapport" }));
    // The problem plan has 2 errors, neither of which leaves anything out of the report.
    await screen.findByText(
      "Skapade bladet Verksamhetsberättelse 2025. Planen har 2 fel; rapporten visar planen så som den går att läsa.",
    );
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).toContain("Verksamhetsberättelse 2025");
    expect(host.activated).toEqual(["Verksamhetsberättelse 2025"]);
  });

  it("says how many errors the plan has, what the report left out and why", async () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      ...tables.Aktiviteter,
      activityRow({ Nr: "1:3", Aktivitet: "Trygghetsvandringar" }),
    ];
    tables.Uppfoljning = [...tables.Uppfoljning, followUpRow({ Aktivitet: "9.9" })];
    const { user } = renderPane(await bookWith(tables));
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    await user.click(within(panel).getByRole("button", { name: "Skapa tertialrapport" }));

    const status = await screen.findByRole("status");
    await within(status).findByText(
      "Skapade bladet Rapport T1 2026. Planen har 2 fel, och rapporten fick lämna ute det här:",
    );
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      'Aktiviteten på rad 4 i Aktiviteter ("Trygghetsvandringar"): Nr "1:3" är inget aktivitetsnummer, ' +
        "så aktiviteten kom inte med.",
      "Uppföljningen på rad 4 i Uppföljning (aktivitet 9.9, T1 2026): aktivitet 9.9 finns inte i " +
        "Aktiviteter, så uppföljningen kom inte med.",
    ]);
    expect(
      within(status).getByText("Rätta felen (valideringen visar var de finns) och skapa rapporten igen."),
    ).toBeTruthy();
  });

  it("refuses a year that is not a year, in Swedish", async () => {
    const book = await problemPlanBook();
    const { user, host } = renderPane(book);
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    const year = within(panel).getByLabelText("År");
    await user.clear(year);
    await user.type(year, "20x6");
    await user.click(within(panel).getByRole("button", { name: "Skapa tertialrapport" }));
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.map((a) => a.textContent)).toEqual([
      expect.stringContaining("Ange ett år mellan 2000 och 2100."), // the message bar
      "Ange ett år mellan 2000 och 2100.", // the field's own message
    ]);
    expect(host.activated).toEqual([]);
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).not.toContain("Rapport T1 2026");
  });
});

describe("TaskPane 'Ladda ner som Word-dokument'", () => {
  it("hands the report as a Word document to the user and leaves the workbook as it was", async () => {
    const book = await problemPlanBook();
    const sheetsBefore = (await book.readSnapshot()).sheets.map((s) => s.name);
    const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
    const saveFile = async (name: string, bytes: Uint8Array, type: string) => {
      saved.push({ name, bytes, type });
    };
    const { user, host } = renderPane(book, { saveFile });
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    await user.click(within(panel).getByRole("button", { name: "Ladda ner som Word-dokument" }));
    const file = "Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.docx";
    expect((await screen.findByRole("status")).textContent).toContain(
      `Laddade ner ${file}. Arbetsboken ändrades inte.`,
    );
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      [file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]);
    const zip = await JSZip.loadAsync(saved[0]?.bytes ?? new Uint8Array());
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(body).toContain("Översikt");
    expect(body).toContain("1.3 ");
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(host.activated).toEqual([]);
  });
});

describe("TaskPane 'Förbered uppföljning'", () => {
  const followUpKeys = async (book: Awaited<ReturnType<typeof problemPlanBook>>) => {
    const table = locatePlanTables(await book.readSnapshot()).tables.get("Uppfoljning");
    return (table?.rows ?? []).map((row) => row.slice(0, 3).join(" "));
  };

  it("adds the missing rows of T1 and says how many", async () => {
    const book = await problemPlanBook();
    const { user } = renderPane(book);
    const panel = await screen.findByRole("region", { name: "Förbered uppföljning" });
    await user.click(within(panel).getByRole("button", { name: "Förbered uppföljning" }));
    // 1.1 and 1.2 have T1 2026 rows; only 1.3 gets one.
    expect((await screen.findByRole("status")).textContent).toContain("Lade till 1 rad i Uppföljning.");
    expect(await followUpKeys(book)).toEqual(["1.1 2026 T1", "1.2 2026 T1", "1.3 2026 T1"]);
  });

  it("adds a row per activity for a period without any", async () => {
    const book = await problemPlanBook();
    const { user } = renderPane(book);
    const panel = await screen.findByRole("region", { name: "Förbered uppföljning" });
    await user.selectOptions(within(panel).getByLabelText("Period"), "T2");
    await user.click(within(panel).getByRole("button", { name: "Förbered uppföljning" }));
    // Area 1 has its T1 assessment only, so Bedömning gets the T2 row to fill in.
    expect((await screen.findByRole("status")).textContent).toContain(
      "Lade till 3 rader i Uppföljning och 1 rad i Bedömning.",
    );
    expect((await followUpKeys(book)).slice(2)).toEqual(["1.1 2026 T2", "1.2 2026 T2", "1.3 2026 T2"]);
  });
});
