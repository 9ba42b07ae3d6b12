// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { locatePlanTables } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { problemPlanBook, WatchedPort } from "./plan-book";
import { renderPane } from "./pane-harness";

afterEach(cleanup);

const tableNames = async (book: ExceljsWorkbook) =>
  (await book.readSnapshot()).sheets.flatMap((s) => s.tables.map((t) => `${s.name}/${t.name}`));

describe("TaskPane in a workbook without a plan", () => {
  it("offers the template and the import", async () => {
    renderPane(ExceljsWorkbook.empty());
    const panel = await screen.findByRole("region", { name: "Ingen plan i arbetsboken" });
    expect(within(panel).getByRole("button", { name: "Skapa planmall" })).toBeTruthy();
    const importPanel = screen.getByRole("region", { name: "Importera plan från dokument" });
    const file = within(importPanel).getByLabelText("Plandokument") as HTMLInputElement;
    expect(file.type).toBe("file");
    expect(file.accept).toBe(".docx,.txt");
    expect(screen.queryByRole("button", { name: "Validera plan" })).toBeNull();
  });

  it("'Skapa planmall' writes every table and opens the plan", async () => {
    const book = ExceljsWorkbook.empty();
    const { user } = renderPane(book);
    await user.click(await screen.findByRole("button", { name: "Skapa planmall" }));
    expect((await screen.findByRole("status")).textContent).toContain("Planmallen är skapad.");
    expect(await tableNames(book)).toEqual([
      "Plan/Plan",
      "Områden/Omraden",
      "Aktiviteter/Aktiviteter",
      "Deltagare/Deltagare",
      "Indikatorer/Indikatorer",
      "Uppföljning/Uppfoljning",
      "Utfall/Utfall",
      "Bedömning/Bedomning",
    ]);
    const summary = await screen.findByRole("region", { name: "Planen" });
    expect(summary.textContent).toContain("Tabellen Plan saknas eller är tom");
    expect(screen.getByRole("button", { name: "Validera plan" })).toBeTruthy();
  });

  it("refuses to write the template over a plan that appeared meanwhile", async () => {
    const port = new WatchedPort(ExceljsWorkbook.empty());
    const { user } = renderPane(port);
    const create = await screen.findByRole("button", { name: "Skapa planmall" });
    // A co-author fills the workbook while the pane is open.
    const filled = await problemPlanBook();
    port.inner = filled;
    const before = await tableNames(filled);
    await user.click(create);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Arbetsboken har redan planens tabeller");
    expect(await tableNames(filled)).toEqual(before);
    const activities = locatePlanTables(await filled.readSnapshot()).tables.get("Aktiviteter");
    expect(activities?.rows.map((row) => row[0])).toEqual(["1.1", "1.2", "1.3"]);
  });
});
