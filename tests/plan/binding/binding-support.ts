/** Small builders the "Koppla plan" tests share. */
import {
  proposeBinding,
  type BindingCandidate,
  type SheetSnapshot,
  type TableName,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { tableSnapshot } from "../../helpers/snapshot-builder";

/** The proposal's candidates for one table, best first. */
export function candidatesOf(snapshot: WorkbookSnapshot, table: TableName): readonly BindingCandidate[] {
  const found = proposeBinding(snapshot).tables.find((t) => t.def.name === table);
  if (!found) throw new Error(`no proposal for ${table}`);
  return found.candidates;
}

/** A sheet holding one Excel table with the given headers and one row of values. */
export function tableSheet(sheet: string, name: string, headers: readonly string[]): SheetSnapshot {
  const table = tableSnapshot({ name, sheet, excelTable: name, headers, rows: [headers.map(() => "x")] });
  return { name: sheet, visibility: "visible", tables: [table], merges: [], usedRange: null };
}
