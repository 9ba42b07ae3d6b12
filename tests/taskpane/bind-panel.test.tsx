// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { bindPlan, PLAN_TABLES } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { excelFromExceljs, seedCells, seedTable, tableModel, type SimulatedExcel } from "../office-host";
import { officeHostOn, officeWorkbookOn } from "../excel/support";
import { districtPlan, untidyPlan, workbookOfSheets, type SheetSpec } from "../helpers/binding-fixtures";
import { bytesOf } from "../helpers/xlsx-fixtures";
import { renderPane, renderTaskPane } from "./pane-harness";

afterEach(cleanup);

async function bookOf(specs: SheetSpec[]): Promise<ExceljsWorkbook> {
  return ExceljsWorkbook.fromBuffer(await bytesOf(workbookOfSheets(specs)), "plan.xlsx");
}

function paneInExcel(excel: SimulatedExcel) {
  return renderTaskPane(officeWorkbookOn(excel), officeHostOn(excel));
}

/** Opens "Koppla plan" and its proposal. */
async function openProposal(user: { click: (element: Element) => Promise<void> }, button = "Visa förslag") {
  const panel = await screen.findByRole("region", { name: "Koppla plan" });
  await user.click(within(panel).getByRole("button", { name: button }));
  await within(panel).findByRole("combobox", { name: "Aktiviteter" });
  return panel;
}

const selected = (panel: HTMLElement, table: string): string => {
  const select = within(panel).getByRole("combobox", { name: table }) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent ?? "";
};

describe("Koppla plan in the task pane", () => {
  it("says a workbook already bound was left as it was", async () => {
    const book = await bookOf(districtPlan());
    await bindPlan(book);
    const apply = vi.spyOn(book, "applyBinding");
    const { user } = renderPane(book);
    const panel = await openProposal(user);
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    const status = await screen.findByRole("status");
    expect(status.textContent).toMatch(
      /^Planen var redan kopplad så; inget ändrades\. Kontrollen av planen ger \d+ fel/,
    );
    expect(within(status).queryByRole("listitem")).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it("shows one row per contract table: where it would bind, the columns matched and those missing", async () => {
    const { user } = renderPane(await bookOf(untidyPlan()));
    const panel = await openProposal(user);

    expect(within(panel).getAllByRole("combobox")).toHaveLength(PLAN_TABLES.length);
    expect(selected(panel, "Aktiviteter")).toBe("'Våra aktiviteter'!A3:G6");
    expect(within(panel).getByText('saknas: "Löptid" (läggs till)')).toBeTruthy();
    expect(within(panel).getByText(/^Kolumner: Namn \(= Aktivitet\), Nr, Syfte/)).toBeTruthy();
    expect(selected(panel, "Deltagare")).toBe('Skapa ny tabell (bladet "Deltagare")');
    const uppfoljning = within(panel).getByRole("combobox", { name: "Uppföljning" }) as HTMLSelectElement;
    expect([...uppfoljning.options].map((o) => o.textContent)).toEqual([
      "'Uppföljning 2026'!A1:G4",
      "'Gammal uppföljning'!A1:D2",
      'Skapa ny tabell (bladet "Uppföljning")',
      "Hoppa över",
    ]);
  });

  it("binds the workbook as chosen and says what was done", async () => {
    const book = await bookOf(untidyPlan());
    const { user } = renderPane(book);
    const panel = await openProposal(user);
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Uppföljning" }),
      'Skapa ny tabell (bladet "Uppföljning")',
    );
    expect(within(panel).getByText('En ny tabell skapas från mallen på bladet "Uppföljning".')).toBeTruthy();
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    const status = await screen.findByRole("status");
    expect(status.textContent).toMatch(/Planen är kopplad\. Kontrollen av planen ger nu \d+ fel/);
    expect(status.textContent).toContain('Tabellen Aktiviteter fick kolumnen "Löptid" längst till höger.');
    expect(status.textContent).toContain('Tabellen Uppfoljning skapades på det nya bladet "Uppföljning".');
    expect(await book.readBindings()).toEqual(
      PLAN_TABLES.map((def) => ({ id: `atgardsplan.${def.name}`, tableName: def.name })),
    );
    const snapshot = await book.readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === "Uppföljning 2026")?.tables).toEqual([]);
    expect(within(panel).queryByRole("combobox")).toBeNull();
  });

  it("binds in Excel: ranges become tables, one is left out, and the bindings are recorded", async () => {
    const excel = excelFromExceljs(workbookOfSheets(districtPlan()));
    const { user } = paneInExcel(excel);
    const panel = await openProposal(user);
    await user.selectOptions(within(panel).getByRole("combobox", { name: "Utfall" }), "Hoppa över");
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    await screen.findByText(/Planen är kopplad/);
    expect(excel.book.tables.map((t) => `${t.sheet.name}/${t.name}`).sort()).toEqual(
      [
        "Info/Plan",
        "Blad1/Omraden",
        "Våra aktiviteter/Aktiviteter",
        "Parter/Deltagare",
        "Indikatorer/Indikatorer",
        "Uppföljning 2026/Uppfoljning",
        "Bedömning/Bedomning",
      ].sort(),
    );
    expect(excel.book.bindings.map((b) => b.id)).toEqual(
      PLAN_TABLES.filter((def) => def.name !== "Utfall").map((def) => `atgardsplan.${def.name}`),
    );
  });

  it("renames an existing table to the contract's name only when the box is ticked", async () => {
    const excel = excelFromExceljs(
      workbookOfSheets(districtPlan().filter((s) => s.name !== "Våra aktiviteter")),
    );
    seedTable(excel, {
      sheet: "Våra aktiviteter",
      name: "Tabell1",
      headers: ["Nr", "Aktivitet", "Syfte", "Löptid", "Sammankallande", "Mötesfrekvens"],
      rows: [["1.1", "Platssamverkan Vårberg", "Öka tryggheten.", "Tillsvidare", "SDF", "1 gång/månad"]],
    });
    const { user } = paneInExcel(excel);
    const panel = await openProposal(user);
    expect(selected(panel, "Aktiviteter")).toBe("tabellen Tabell1 på 'Våra aktiviteter'!A1:F2");
    const rename = within(panel).getByRole("checkbox", {
      name: "Byt namn på befintliga tabeller till planens namn (Tabell1 → Aktiviteter)",
    });
    expect((rename as HTMLInputElement).checked).toBe(false);
    await user.click(rename);
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    await screen.findByText(/Planen är kopplad/);
    expect(tableModel(excel, "Tabell1")).toBeUndefined();
    expect(tableModel(excel, "Aktiviteter")?.sheet.name).toBe("Våra aktiviteter");
  });

  it("says what is in the way, changing nothing", async () => {
    const excel = excelFromExceljs(workbookOfSheets(untidyPlan()));
    seedCells(excel, "Våra aktiviteter", "H5", [["Notering"]]);
    const { user } = paneInExcel(excel);
    const panel = await openProposal(user);
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("cellen 'Våra aktiviteter'!H5 till höger om tabellen är inte tom");
    expect(excel.book.tables).toEqual([]);
    expect(excel.book.names).toEqual([]);
    expect(selected(panel, "Aktiviteter")).toBe("'Våra aktiviteter'!A3:G6");
  });

  it("warns of a broken binding first and binds again", async () => {
    const excel = excelFromExceljs(workbookOfSheets(districtPlan()));
    await bindPlan(officeWorkbookOn(excel));
    const tables = excel.book.tables;
    tables.splice(
      tables.findIndex((t) => t.name === "Deltagare"),
      1,
    );
    const { user } = paneInExcel(excel);

    const warning = await screen.findByText(/Kopplingen för tabellen Deltagare är bruten/);
    const panel = screen.getByRole("region", { name: "Koppla plan" });
    const validate = screen.getByRole("region", { name: "Validering" });
    expect(panel.compareDocumentPosition(validate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(panel.contains(warning)).toBe(true);
    await openProposal(user, "Koppla igen");
    expect(selected(panel, "Deltagare")).toBe("Parter!A1:C10");
    await user.click(within(panel).getByRole("button", { name: "Koppla" }));

    await screen.findByText(/Planen är kopplad/);
    await waitFor(() => expect(screen.queryByText(/Kopplingen för tabellen Deltagare är bruten/)).toBeNull());
    expect(tableModel(excel, "Deltagare")?.sheet.name).toBe("Parter");
  });
});
