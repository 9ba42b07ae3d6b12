/**
 * Everything a user could notice in a workbook, read with raw exceljs as plain data, so that
 * two files can be compared sheet by sheet and cell by cell: values, types, styles, merges,
 * column widths, tables with their styles, data validation, defined names and sheet order.
 */
import ExcelJS from "exceljs";

export interface SheetFingerprint {
  readonly name: string;
  readonly state: string;
  readonly cells: Record<string, { type: number; value: unknown; style: unknown }>;
  readonly rows: Record<number, { height: number | undefined; hidden: boolean }>;
  readonly columns: { width: number | undefined; hidden: boolean | undefined; numFmt: unknown }[];
  readonly merges: string[];
  readonly tables: unknown[];
  readonly dataValidations: unknown;
  readonly pageSetup: unknown;
  readonly headerFooter: unknown;
  readonly views: unknown;
  readonly properties: unknown;
}

interface WithTables {
  tables?: Record<string, { model?: unknown; table?: unknown }>;
  _merges?: Record<string, { range?: string; model?: unknown }>;
  dataValidations?: { model?: unknown };
}

function tablesOf(sheet: ExcelJS.Worksheet): unknown[] {
  const tables = (sheet as unknown as WithTables).tables ?? {};
  return Object.keys(tables)
    .sort()
    .map((name) => {
      const t = tables[name];
      return JSON.parse(JSON.stringify(t?.model ?? t?.table ?? null)) as unknown;
    });
}

function pageSetupOf(sheet: ExcelJS.Worksheet): unknown {
  return JSON.parse(JSON.stringify(sheet.pageSetup)) as unknown;
}

export function sheetFingerprint(sheet: ExcelJS.Worksheet): SheetFingerprint {
  const cells: SheetFingerprint["cells"] = {};
  const rows: SheetFingerprint["rows"] = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number] = { height: row.height, hidden: row.hidden };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        type: cell.type,
        value: JSON.parse(JSON.stringify(cell.value ?? null)) as unknown,
        style: JSON.parse(JSON.stringify(cell.style ?? {})) as unknown,
      };
    });
  });
  const columns = (sheet.columns ?? []).map((c) => ({
    width: c.width,
    hidden: c.hidden,
    numFmt: c.numFmt ?? null,
  }));
  const internals = sheet as unknown as WithTables;
  return {
    name: sheet.name,
    state: sheet.state,
    cells,
    rows,
    columns,
    merges: Object.keys(internals._merges ?? {}).sort(),
    tables: tablesOf(sheet),
    dataValidations: JSON.parse(JSON.stringify(internals.dataValidations?.model ?? {})) as unknown,
    pageSetup: pageSetupOf(sheet),
    headerFooter: JSON.parse(JSON.stringify(sheet.headerFooter ?? {})) as unknown,
    views: JSON.parse(JSON.stringify(sheet.views ?? [])) as unknown,
    properties: JSON.parse(JSON.stringify(sheet.properties ?? {})) as unknown,
  };
}

export interface WorkbookFingerprint {
  readonly sheetOrder: string[];
  readonly sheets: Record<string, SheetFingerprint>;
  readonly definedNames: { name: string; ranges: string[] }[];
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

export function workbookFingerprint(book: ExcelJS.Workbook): WorkbookFingerprint {
  const sheets: Record<string, SheetFingerprint> = {};
  for (const ws of book.worksheets) sheets[ws.name] = sheetFingerprint(ws);
  const model = book.definedNames.model as { name: string; ranges: string[] }[];
  return {
    sheetOrder: book.worksheets.map((ws) => ws.name),
    sheets,
    definedNames: model
      .map((d) => ({ name: d.name, ranges: [...d.ranges].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function fingerprintFile(path: string): Promise<WorkbookFingerprint> {
  return workbookFingerprint(await loadWorkbook(path));
}

/** The fingerprint without the named sheets and defined names (what a report may change). */
export function withoutSheets(
  print: WorkbookFingerprint,
  sheets: readonly string[],
  names: readonly string[],
): WorkbookFingerprint {
  const kept: Record<string, SheetFingerprint> = {};
  for (const [name, sheet] of Object.entries(print.sheets)) if (!sheets.includes(name)) kept[name] = sheet;
  return {
    sheetOrder: print.sheetOrder.filter((s) => !sheets.includes(s)),
    sheets: kept,
    definedNames: print.definedNames.filter((d) => !names.includes(d.name)),
  };
}
