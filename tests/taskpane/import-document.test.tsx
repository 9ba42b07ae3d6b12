// @vitest-environment jsdom
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { locatePlanTables } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { renderPane } from "./pane-harness";

afterEach(cleanup);

/** The plan document as exported text: the example when it exists, else the seed. */
function planText(): string {
  const example = "examples/atgardsplan-skarholmen.txt";
  return readFileSync(existsSync(example) ? example : "/work/shared/seed/atgardsplan-skarholmen.txt", "utf8");
}

async function importFile(file: File, year = "2026") {
  const book = ExceljsWorkbook.empty();
  const pane = renderPane(book);
  const panel = await screen.findByRole("region", { name: "Importera plan från dokument" });
  await pane.user.upload(within(panel).getByLabelText("Plandokument"), file);
  const yearField = within(panel).getByLabelText("Planens år");
  await pane.user.clear(yearField);
  await pane.user.type(yearField, year);
  await pane.user.click(within(panel).getByRole("button", { name: "Importera plan från dokument" }));
  return { book, ...pane };
}

const activityNrs = async (book: ExceljsWorkbook) =>
  locatePlanTables(await book.readSnapshot())
    .tables.get("Aktiviteter")
    ?.rows.map((row) => row[0]);

describe("TaskPane 'Importera plan från dokument'", () => {
  it("imports the plan document's areas and activities and opens the plan", async () => {
    const file = new File([planText()], "atgardsplan-skarholmen.txt", { type: "text/plain" });
    const { book } = await importFile(file);
    // The document has areas 1–3 with activities 1.1–1.2, 2.1–2.3 and 3.1–3.3.
    const status = await screen.findByRole("status", {}, { timeout: 10_000 });
    expect(status.textContent).toContain("Planen är importerad: 3 områden, 8 aktiviteter,");
    expect(await activityNrs(book)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]);
    const summary = await screen.findByRole("region", { name: "Planen" });
    expect(within(summary).getByText("Åtgärdsplan för gemensamma prioriteringar")).toBeTruthy();
    expect(within(summary).getByText("2026")).toBeTruthy();
  });

  it("asks for a document before importing", async () => {
    const book = ExceljsWorkbook.empty();
    const { user } = renderPane(book);
    await user.click(await screen.findByRole("button", { name: "Importera plan från dokument" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Välj först ett plandokument");
    expect((await book.readSnapshot()).sheets).toEqual([]);
  });

  it("shows the importer's Swedish message for a document that is no plan, and writes nothing", async () => {
    const file = new File(["Inköpslista\nMjölk\nBröd\n"], "inkop.txt", { type: "text/plain" });
    const { book } = await importFile(file);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/inkop\.txt"? ser inte ut som en åtgärdsplan/);
    expect((await book.readSnapshot()).sheets).toEqual([]);
  });
});
