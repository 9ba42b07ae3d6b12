/**
 * Everything a user could notice in the simulated Excel's workbook, as plain data that two
 * moments can be compared by: every sheet (order, name, visibility, protection, cells with
 * values, formulas, formats and styles, merges, sizes, frozen rows, validations, page
 * layout, charts with the cells their series draw from, manual page breaks), tables, defined
 * names, bindings, the active sheet and the selection.
 */
import type { SimulatedExcel } from "./simulated-excel";
import type { ChartModel } from "./workbook/charts";
import type { RangeTarget, SheetModel } from "./workbook/model";

const cells = (target: RangeTarget | null) => target && { sheet: target.sheet.name, ref: target.ref };

function chartPrint(chart: ChartModel): unknown {
  return {
    ...structuredClone({ ...chart, series: [] }),
    series: chart.series.map((s) => ({ ...s, values: cells(s.values), xValues: cells(s.xValues) })),
  };
}

function sheetPrint(sheet: SheetModel): unknown {
  const cells: [string, unknown][] = [];
  for (const [r, row] of [...sheet.cells].sort((a, b) => a[0] - b[0])) {
    for (const [c, cell] of [...row].sort((a, b) => a[0] - b[0]))
      cells.push([`R${r}C${c}`, structuredClone(cell)]);
  }
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    cells,
    merges: [...sheet.merges],
    columnWidths: [...sheet.columnWidths],
    rowHeights: [...sheet.rowHeights],
    frozenRows: sheet.frozenRows,
    validations: structuredClone(sheet.validations),
    conditionalFormats: structuredClone(sheet.conditionalFormats),
    pageLayout: structuredClone(sheet.pageLayout),
    charts: sheet.charts.map(chartPrint),
    rowBreaks: [...sheet.rowBreaks],
  };
}

export function bookFingerprint(excel: SimulatedExcel): string {
  const { book } = excel;
  return JSON.stringify({
    sheets: book.sheets.map(sheetPrint),
    tables: book.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    names: book.names.map((n) => ({ ...n, sheet: n.sheet?.name ?? null })),
    bindings: book.bindings.map((b) => ({ id: b.id, type: b.type, table: b.table?.name ?? null })),
    active: book.active?.name ?? null,
    selection: book.selection && { sheet: book.selection.sheet.name, ref: book.selection.ref },
    date1904: book.date1904,
  });
}
