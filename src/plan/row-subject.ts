/**
 * How a finding names the row it is about, as the sheet shows it: by what the row concerns
 * ("aktivitet 1.1, T1 2026", "område 2", "aktivitet 2.3, Polisen") where its key cells say
 * so, else by Excel's own row number ("rad 17 i Uppföljning").
 */
import type { TableName } from "./contract";
import { FINDING_MESSAGES_SV as TEXT, type RowWhere } from "./finding-messages";
import type { LocatedTable } from "./locate-tables";

/** A typed row of any table (its values by column key). */
type RowValues = object;

function valueOf(values: RowValues, key: string): unknown {
  return (values as Readonly<Record<string, unknown>>)[key];
}

function text(values: RowValues, key: string): string | null {
  const value = valueOf(values, key);
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function num(values: RowValues, key: string): number | null {
  const value = valueOf(values, key);
  return typeof value === "number" ? value : null;
}

function when(values: RowValues): string | null {
  const period = text(values, "period");
  return period === null ? null : TEXT.subject.period(period, num(values, "year"));
}

function parts(first: string | null, ...rest: (string | null)[]): string | null {
  return first === null ? null : [first, ...rest.filter((p): p is string => p !== null)].join(", ");
}

/** What the row concerns, from its typed values; null when its key cells are empty or wrong. */
export function rowSubject(table: TableName, values: RowValues): string | null {
  const activityNr = text(values, "activity");
  const activity = activityNr === null ? null : TEXT.subject.activity(activityNr);
  const indicatorName = text(values, "indicator");
  const indicator = indicatorName === null ? null : TEXT.subject.indicator(indicatorName);
  switch (table) {
    case "Plan":
      return null;
    case "Omraden": {
      const nr = num(values, "nr");
      return nr === null ? null : TEXT.subject.area(nr);
    }
    case "Aktiviteter": {
      const nr = text(values, "nr");
      return nr === null ? null : TEXT.subject.activity(nr);
    }
    case "Deltagare":
      return parts(activity, text(values, "party"));
    case "Indikatorer":
      return parts(activity, indicator);
    case "Uppfoljning":
      return parts(activity, when(values));
    case "Utfall":
      return parts(activity, indicator, when(values));
    case "Bedomning": {
      const area = num(values, "area");
      return parts(area === null ? null : TEXT.subject.area(area), when(values));
    }
  }
}

/** The row's number in the sheet, as Excel shows it: the header row plus the data row. */
export function excelRow(table: LocatedTable, row: number): number {
  return table.location.top + row;
}

/** "på rad 17 i Uppföljning": Excel's row number on the table's sheet. */
export function atRow(table: LocatedTable, row: number): RowWhere {
  return TEXT.atRow(excelRow(table, row), table.location.sheet);
}

/** "för aktivitet 1.1, T1 2026" when the row says what it concerns, else "på rad 17 i Uppföljning". */
export function rowWhere(table: LocatedTable, row: number, values: RowValues): RowWhere {
  const subject = rowSubject(table.def.name, values);
  return subject === null ? atRow(table, row) : TEXT.forSubject(subject);
}
