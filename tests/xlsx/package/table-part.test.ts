/**
 * A table part on small parts written here: what is read from it, how its range, filter and
 * sort state move with its rows, how columns are added and named, how its formulas follow a
 * renamed table, and a new part as Excel writes one. Each expected part is written out in full:
 * everything the edit does not own stays as it was.
 */
import { describe, expect, it } from "vitest";
import type { RangeRef } from "../../../src/plan";
import {
  addTableColumns,
  newTablePart,
  readTablePart,
  rewriteTableFormulas,
  setTableRange,
  tableColumnName,
} from "../../../src/xlsx/package/table-part";
import { renameTableInFormula } from "../../../src/xlsx/package/table-formulas";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function table(attributes: string, body: string): string {
  return `${DECLARATION}<table xmlns="${MAIN}" ${attributes}>${body}</table>`;
}

const COLUMNS =
  '<tableColumns count="3"><tableColumn id="1" name="Nr"/><tableColumn id="2" name="Aktivitet"/><tableColumn id="3" name="Ansvarig"/></tableColumns>';

function range(top: number, left: number, bottom: number, right: number): RangeRef {
  return { top, left, bottom, right };
}

describe("readTablePart", () => {
  it.each([
    [
      "a table with header and totals rows",
      table(
        'id="3" name="Aktiviteter" displayName="Aktiviteter" ref="A1:C4" headerRowCount="1" totalsRowCount="1"',
        COLUMNS,
      ),
      {
        id: 3,
        name: "Aktiviteter",
        ref: range(1, 1, 4, 3),
        headerRow: true,
        totalsRow: true,
        columns: ["Nr", "Aktivitet", "Ansvarig"],
      },
    ],
    [
      "a table without them, one column without a name",
      table(
        'id="4" name="Utan" displayName="Utan" ref="B2:C5" headerRowCount="0" totalsRowCount="0"',
        '<tableColumns count="2"><tableColumn id="1" name="Nr"/><tableColumn id="2"/></tableColumns>',
      ),
      {
        id: 4,
        name: "Utan",
        ref: range(2, 2, 5, 3),
        headerRow: false,
        totalsRow: false,
        columns: ["Nr", ""],
      },
    ],
    [
      "a table with neither count written, no name and no columns",
      table('id="5" ref="A1:A2"', ""),
      { id: 5, name: "", ref: range(1, 1, 2, 1), headerRow: true, totalsRow: false, columns: [] },
    ],
  ])("reads %s", (_, xml, info) => {
    expect(readTablePart(xml)).toEqual(info);
  });

  it("refuses a table without a range", () => {
    expect(() => readTablePart(table('id="1" name="Aktiviteter"', COLUMNS))).toThrow(
      new Error("Tabellen saknar område"),
    );
  });
});

describe("setTableRange", () => {
  it.each([
    [
      "grows the sort state and the conditions that reached the last data row above the totals row",
      'id="1" name="Utfall" ref="A1:C4" totalsRowCount="1"',
      '<autoFilter ref="A1:C3"/><sortState ref="A2:C3"><sortCondition ref="B2:B3"/><sortCondition ref="C2:C2"/></sortState>',
      range(1, 1, 6, 3),
      'id="1" name="Utfall" ref="A1:C6" totalsRowCount="1"',
      '<autoFilter ref="A1:C5"/><sortState ref="A2:C5"><sortCondition ref="B2:B5"/><sortCondition ref="C2:C2"/></sortState>',
    ],
    [
      "grows the sort state inside the filter",
      'id="1" name="Aktiviteter" ref="A1:C3"',
      '<autoFilter ref="A1:C3"><sortState ref="A2:C3"><sortCondition descending="1" ref="A2:A3"/></sortState></autoFilter>',
      range(1, 1, 5, 3),
      'id="1" name="Aktiviteter" ref="A1:C5"',
      '<autoFilter ref="A1:C5"><sortState ref="A2:C5"><sortCondition descending="1" ref="A2:A5"/></sortState></autoFilter>',
    ],
    [
      "leaves a sort state over fewer rows, in a table without a filter",
      'id="1" name="Aktiviteter" ref="A1:C3"',
      '<sortState ref="A2:C2"><sortCondition ref="A2:A2"/></sortState>',
      range(1, 1, 5, 3),
      'id="1" name="Aktiviteter" ref="A1:C5"',
      '<sortState ref="A2:C2"><sortCondition ref="A2:A2"/></sortState>',
    ],
    [
      "leaves sort states and conditions without a range (a broken part) as they are",
      'id="1" name="Aktiviteter" ref="A1:C3"',
      '<autoFilter ref="A1:C3"><sortState><sortCondition ref="A2:A3"/></sortState></autoFilter><sortState ref="A2:C3"><sortCondition/><sortCondition ref="B2:B3"/></sortState>',
      range(1, 1, 4, 3),
      'id="1" name="Aktiviteter" ref="A1:C4"',
      '<autoFilter ref="A1:C4"><sortState><sortCondition ref="A2:A3"/></sortState></autoFilter><sortState ref="A2:C4"><sortCondition/><sortCondition ref="B2:B4"/></sortState>',
    ],
    [
      "gives a table without a range one, and leaves its sort state",
      'id="1" name="Aktiviteter"',
      '<sortState ref="A2:C3"><sortCondition ref="A2:A3"/></sortState>',
      range(1, 1, 4, 3),
      'id="1" name="Aktiviteter" ref="A1:C4"',
      '<sortState ref="A2:C3"><sortCondition ref="A2:A3"/></sortState>',
    ],
  ])("%s", (_, attributes, body, to, expectedAttributes, expectedBody) => {
    expect(setTableRange(table(attributes, body + COLUMNS), to)).toBe(
      table(expectedAttributes, expectedBody + COLUMNS),
    );
  });
});

describe("tableColumnName", () => {
  it("writes a line break in a header as Excel writes it in a column name", () => {
    expect(tableColumnName("Rad ett\nRad två")).toBe("Rad ett_x000a_Rad två");
  });
});

describe("addTableColumns", () => {
  it("adds columns after the highest id, counts them, and widens the range and the filter over its own rows", () => {
    const xml = table(
      'id="2" name="Utfall" ref="A1:B4" totalsRowCount="1"',
      '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Nr"/><tableColumn id="5" name="Aktivitet"/></tableColumns><tableStyleInfo name="TableStyleMedium2"/>',
    );
    expect(addTableColumns(xml, ["Ansvarig", "Rad ett\nRad två"])).toBe(
      table(
        'id="2" name="Utfall" ref="A1:D4" totalsRowCount="1"',
        '<autoFilter ref="A1:D3"/><tableColumns count="4"><tableColumn id="1" name="Nr"/><tableColumn id="5" name="Aktivitet"/>' +
          '<tableColumn id="6" name="Ansvarig"/><tableColumn id="7" name="Rad ett_x000a_Rad två"/></tableColumns><tableStyleInfo name="TableStyleMedium2"/>',
      ),
    );
  });

  it("leaves a filter without a range (a broken part) as it is", () => {
    const xml = table('id="1" name="Aktiviteter" ref="A1:C3"', `<autoFilter/>${COLUMNS}`);
    expect(addTableColumns(xml, ["Ny"])).toBe(
      table(
        'id="1" name="Aktiviteter" ref="A1:D3"',
        `<autoFilter/>${COLUMNS.replace('count="3"', 'count="4"').replace("</tableColumns>", '<tableColumn id="4" name="Ny"/></tableColumns>')}`,
      ),
    );
  });

  it("widens a table without a filter", () => {
    expect(addTableColumns(table('id="1" name="Aktiviteter" ref="A1:C3"', COLUMNS), ["Ny"])).toBe(
      table(
        'id="1" name="Aktiviteter" ref="A1:D3"',
        COLUMNS.replace('count="3"', 'count="4"').replace(
          "</tableColumns>",
          '<tableColumn id="4" name="Ny"/></tableColumns>',
        ),
      ),
    );
  });

  it.each([
    ["without columns", table('id="1" name="Aktiviteter" ref="A1:C3"', "")],
    ["without a range", table('id="1" name="Aktiviteter"', COLUMNS)],
  ])("refuses a table %s", (_, xml) => {
    expect(() => addTableColumns(xml, ["Ny"])).toThrow(new Error("Tabellen saknar kolumner"));
  });
});

describe("rewriteTableFormulas", () => {
  const rename = (formula: string) => renameTableInFormula(formula, "Tabell1", "Aktiviteter");
  const columns = (calculated: string, totals: string) =>
    `<tableColumns count="3"><tableColumn id="1" name="Antal" totalsRowFunction="custom"><calculatedColumnFormula>${calculated}</calculatedColumnFormula><totalsRowFormula>${totals}</totalsRowFormula></tableColumn>` +
    '<tableColumn id="2" name="Dubbelt"><calculatedColumnFormula>"Tabell1"&amp;A2</calculatedColumnFormula></tableColumn><tableColumn id="3" name="Not"/></tableColumns>';

  it("rewrites the calculated column and totals formulas that name the table", () => {
    const xml = table(
      'id="1" name="Tabell1" ref="A1:C4" totalsRowCount="1"',
      columns("Tabell1[[#Denna rad],[Nr]]*2", "SUBTOTAL(109,Tabell1[Antal])"),
    );
    expect(rewriteTableFormulas(xml, rename)).toBe(
      table(
        'id="1" name="Tabell1" ref="A1:C4" totalsRowCount="1"',
        columns("Aktiviteter[[#Denna rad],[Nr]]*2", "SUBTOTAL(109,Aktiviteter[Antal])"),
      ),
    );
  });

  it.each([
    ["no formula names the table", table("id='1' name='Tabell2' ref='A1:C4'", columns("B2*2", "SUM(B2:B3)"))],
    ["the table has no columns", table("id='1' name='Tabell1' ref='A1:C4'", "")],
  ])("returns the part byte for byte when %s", (_, xml) => {
    expect(rewriteTableFormulas(xml, rename)).toBe(xml);
  });
});

describe("newTablePart", () => {
  it("writes the table as Excel does: filter, numbered columns with their names escaped, style", () => {
    expect(
      newTablePart({
        id: 4,
        name: "Mål & utfall",
        ref: range(1, 1, 2, 2),
        columns: ["Nr", "Mål & syfte\nkort"],
        style: "TableStyleMedium2",
      }),
    ).toBe(
      `${'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'}<table xmlns="${MAIN}" id="4" name="Mål &amp; utfall" displayName="Mål &amp; utfall" ref="A1:B2" headerRowCount="1" totalsRowShown="0">` +
        '<autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="Nr"/><tableColumn id="2" name="Mål &amp; syfte_x000a_kort"/></tableColumns>' +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
    );
  });
});
