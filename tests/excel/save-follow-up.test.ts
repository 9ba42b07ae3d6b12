/** "Spara" of the follow-up form on Microsoft's Excel client against the simulated Excel. */
import { describe, expect, it } from "vitest";
import { openFollowUpForm, saveFollowUp } from "../../src/plan";
import { readValues, seedCells } from "../office-host";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const TODAY = "2026-05-04";
const reporter = { name: "Anna Svensson", date: TODAY };

describe("saveFollowUp on Office.js", () => {
  it("writes the activity's row in one Excel.run: a sync to check, one to write, no rows.add", async () => {
    const excel = planExcel();
    const port = officeWorkbookOn(excel);
    const form = openFollowUpForm(await port.readSnapshot(), { nr: "1.2", period: "T1", year: 2026 });
    const before = excel.syncCount;
    const result = await saveFollowUp(
      port,
      form,
      { ...form.entry, status: "Ej uppfyllt", comment: "=ingen formel", done: "1.10 och mer." },
      { reporter, checkDate: TODAY },
    );
    expect(result.kind).toBe("saved");
    // Check, write, and the read that shows the form as saved.
    expect(excel.syncCount - before).toBe(3);
    expect(excel.calls).not.toContain("TableRowCollection.Add");
    // Row 3 of Uppföljning is 1.2's T1 row; only its own cells changed.
    expect(readValues(excel, "Uppföljning", "A2:I3")).toEqual([
      ["1.1", 2026, "T1", "Uppfyllt", "", "Fyra möten och en trygghetsvandring.", 4, "", ""],
      ["1.2", 2026, "T1", "Ej uppfyllt", "=ingen formel", "1.10 och mer.", 4, "Anna Svensson", 46146],
    ]);
  });

  it("adds a missing row below the table and writes nothing when a co-author changed the row", async () => {
    const excel = planExcel();
    const port = officeWorkbookOn(excel);
    const form = openFollowUpForm(await port.readSnapshot(), { nr: "1.1", period: "T2", year: 2026 });
    const saved = await saveFollowUp(
      port,
      form,
      { ...form.entry, status: "Uppfyllt", done: "Möten." },
      {
        reporter,
        checkDate: TODAY,
      },
    );
    expect(saved.kind).toBe("saved");
    expect(readValues(excel, "Uppföljning", "A4:F4")).toEqual([
      ["1.1", 2026, "T2", "Uppfyllt", "", "Möten."],
    ]);

    const stale = openFollowUpForm(await port.readSnapshot(), { nr: "1.1", period: "T2", year: 2026 });
    // A co-author types into the same row in Excel.
    seedCells(excel, "Uppföljning", "F4", [["Deras text."]]);
    const result = await saveFollowUp(
      port,
      stale,
      { ...stale.entry, done: "Min text." },
      { reporter, checkDate: TODAY },
    );
    expect(result.kind).toBe("changed");
    expect(readValues(excel, "Uppföljning", "F4:F4")).toEqual([["Deras text."]]);
  });
});
