/**
 * What readSnapshot reads of a workbook, decided from its lists (workbook-lists.ts): the
 * contract tables found by name, the tables on the sheets the plan's binding names point to
 * (a bound table may have any name, but it is on the name's sheet), and, when a contract
 * table is not found by name, every table and the used range of every sheet without one, so
 * that the plan domain (`locatePlanTables`) can match tables by their headers. Everything
 * chosen is known to exist, so it is read with `getItem` (by id, which survives a rename),
 * never through a null object.
 */
import {
  bindingId,
  bindingNameOf,
  excelNameKey,
  isReportMarkerName,
  PLAN_TABLES,
  sheetOfReference,
  type SnapshotBinding,
  type TableName,
} from "../plan";
import type { ListedName, WorkbookLists } from "./workbook-lists";

export interface ChosenBinding {
  readonly table: TableName;
  /** The defined name as Excel spells it. */
  readonly name: string;
}

/** A table or sheet to read: fetched by its id, which stays when it is renamed. */
export interface Chosen {
  readonly name: string;
  readonly id: string;
}

export interface ReadChoice {
  /** Excel tables to read whole. */
  readonly tables: readonly Chosen[];
  /** Sheets (without tables) whose used range to read. */
  readonly usedRanges: readonly Chosen[];
  /** Sheets whose merged areas are left unread: the add-in's own report sheets. */
  readonly reportSheets: readonly string[];
  /** Binding names that refer to cells: the table holding those cells is read in the same request. */
  readonly bindings: readonly ChosenBinding[];
  /** Binding names whose reference is broken (=#REF!): broken bindings, nothing to read. */
  readonly broken: readonly SnapshotBinding[];
}

const keyed = <T>(items: readonly T[], key: (item: T) => string): Map<string, T> =>
  new Map(items.map((item) => [excelNameKey(key(item)), item]));

/**
 * The add-in's own report sheets, by the markers that name them (`isReportMarkerName`: a
 * workbook-level name referring to the sheet's A1). Reading every sheet leaves out their
 * merged areas: a verksamhetsberättelse of some 25 activities has more than the 512 that
 * `Range.getMergedAreasOrNullObject` can list, which would cost a read in parts
 * (merged-areas.ts) for nothing. They are no plan tables, so no finding is lost.
 */
function reportSheetsOf(names: readonly ListedName[]): string[] {
  return names.flatMap((n) => {
    const sheet = isReportMarkerName(n.name) ? sheetOfReference(n.formula) : null;
    return sheet === null ? [] : [sheet];
  });
}

export function chooseReads(lists: WorkbookLists): ReadChoice {
  const tables = keyed(lists.tables, (t) => t.name);
  const names = keyed(lists.names, (n) => n.name);
  const bindings: ChosenBinding[] = [];
  const broken: SnapshotBinding[] = [];
  const boundSheets = new Set<string>();
  for (const def of PLAN_TABLES) {
    const name = names.get(excelNameKey(bindingNameOf(bindingId(def.name))));
    if (!name) continue;
    const sheet = sheetOfReference(name.formula);
    if (name.type === "Range" && sheet !== null) {
      bindings.push({ table: def.name, name: name.name });
      boundSheets.add(excelNameKey(sheet));
    } else {
      broken.push({ id: bindingId(def.name), table: null });
    }
  }
  const allByName = PLAN_TABLES.every((def) => tables.has(excelNameKey(def.name)));
  const chosen = allByName
    ? lists.tables.filter(
        (t) => boundSheets.has(excelNameKey(t.sheet)) || PLAN_TABLES.some((d) => sameKey(d.name, t.name)),
      )
    : lists.tables;
  const withTables = new Set(lists.tables.map((t) => excelNameKey(t.sheet)));
  return {
    tables: chosen.map((t) => ({ name: t.name, id: t.id })),
    usedRanges: allByName
      ? []
      : lists.sheets
          .filter((s) => !withTables.has(excelNameKey(s.name)))
          .map((s) => ({ name: s.name, id: s.id })),
    reportSheets: allByName ? [] : reportSheetsOf(lists.names),
    bindings,
    broken,
  };
}

const sameKey = (a: string, b: string): boolean => excelNameKey(a) === excelNameKey(b);

/** Whether two choices read the same things (a known workbook's read can then be reused). */
export function sameChoice(a: ReadChoice, b: ReadChoice): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
