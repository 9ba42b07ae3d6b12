// @vitest-environment jsdom
/**
 * "Ny plan för nästa år" in the pane, over the bundled example plan with a year filled in:
 * the new workbook is handed over as a file, validates with no errors and carries the
 * baselines; the open workbook is not changed.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { validatePlan } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { filledExampleWorkbook } from "../helpers/filled-example";
import { excelFromExceljs } from "../office-host";
import { officeHostOn, officeWorkbookOn } from "../excel/support";
import { renderPane, renderTaskPane } from "./pane-harness";

afterEach(cleanup);

async function examplePane() {
  const book = await ExceljsWorkbook.fromBuffer(await filledExampleWorkbook(), "plan-2026.xlsx");
  const before = await book.readSnapshot();
  const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
  const pane = renderPane(book, {
    saveFile: async (name, bytes, type) => {
      saved.push({ name, bytes, type });
    },
  });
  const panel = await screen.findByRole("region", { name: "Ny plan för nästa år" });
  return { book, before, saved, panel, ...pane };
}

describe("TaskPane 'Ny plan för nästa år'", () => {
  it("hands over next year's plan as a new workbook that validates, and leaves the open one as it was", async () => {
    const { book, before, saved, panel, user } = await examplePane();
    await user.click(within(panel).getByRole("button", { name: "Skapa nästa års plan" }));
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain(
      "Laddade ner Åtgärdsplan 2027 Skärholmen.xlsx: planen för 2027, gjord av planen för 2026.",
    );
    expect(status.textContent).toContain("Den här arbetsboken ändrades inte.");
    expect(
      within(status)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(
      expect.arrayContaining([
        "Utgångsvärde 2.3 Centrumbesiktningar: 4 (utfall 2026, VB)",
        "Lämnades kvar: 1.2 Platssamverkan Bredäng (rad 3 i Aktiviteter): Löptiden slutade 2026-12-31.",
      ]),
    );
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      [
        "Åtgärdsplan 2027 Skärholmen.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
    ]);
    const next = await ExceljsWorkbook.fromBuffer(saved[0]?.bytes ?? new Uint8Array(), "ny.xlsx");
    const report = validatePlan(await next.readSnapshot(), { checkDate: "2027-03-01" });
    expect(report.stats.errors).toBe(0);
    expect(await book.readSnapshot()).toEqual(before);
  });

  it("makes the plan for the year typed, and refuses one that is not a year", async () => {
    const { saved, panel, user } = await examplePane();
    const year = within(panel).getByLabelText("Den nya planens år");
    await user.type(year, "20x8");
    await user.click(within(panel).getByRole("button", { name: "Skapa nästa års plan" }));
    const alerts = await screen.findAllByRole("alert");
    expect(alerts[0]?.textContent).toContain("Ange ett år mellan 2000 och 2100.");
    expect(saved).toEqual([]);
    await user.clear(year);
    await user.type(year, "2028");
    await user.click(within(panel).getByRole("button", { name: "Skapa nästa års plan" }));
    expect((await screen.findByRole("status")).textContent).toContain("planen för 2028");
    expect(saved.map((s) => s.name)).toEqual(["Åtgärdsplan 2028 Skärholmen.xlsx"]);
  });
});

describe("TaskPane 'Ny plan för nästa år' in Excel", () => {
  it("reads the plan through Office.js and changes nothing in the open workbook", async () => {
    const source = await ExceljsWorkbook.fromBuffer(await filledExampleWorkbook(), "plan-2026.xlsx");
    const excel = excelFromExceljs(source.workbook);
    const port = officeWorkbookOn(excel);
    const before = await port.readSnapshot();
    const saved: Uint8Array[] = [];
    const { user } = renderTaskPane(port, officeHostOn(excel), {
      saveFile: async (_name, bytes) => {
        saved.push(bytes);
      },
    });
    const panel = await screen.findByRole("region", { name: "Ny plan för nästa år" });
    await user.click(within(panel).getByRole("button", { name: "Skapa nästa års plan" }));
    expect((await screen.findByRole("status")).textContent).toContain("planen för 2027");
    const next = await ExceljsWorkbook.fromBuffer(saved[0] ?? new Uint8Array(), "ny.xlsx");
    expect(validatePlan(await next.readSnapshot(), { checkDate: "2027-03-01" }).stats.errors).toBe(0);
    expect(await port.readSnapshot()).toEqual(before);
  });
});
