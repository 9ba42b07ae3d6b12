/**
 * What saving a follow-up writes: the entry as cells of the rows the form read. Only cells
 * whose value changes are written (and Rapporterad av and Rapportdatum, which saving sets);
 * a row that does not exist yet is added with its key. Text is written trimmed, empty as an
 * empty cell; a number typed as Swedes write it ("2,5") as a number, anything else as typed,
 * so the validator says what is wrong with it.
 */
import { rawDate, sameRawValue } from "../raw-value";
import type { CellInput } from "../workbook-port";
import type { RowEdit } from "./edited-snapshot";
import { cellOf, type FollowUpEntry, type FollowUpForm, type RowAsRead } from "./follow-up-form";

/** Who reports and when: filled in by the pane, never typed into the form. */
export interface Reporter {
  /** Rapporterad av; null leaves the cell as it is. */
  readonly name: string | null;
  /** Rapportdatum, `YYYY-MM-DD` (today). */
  readonly date: string;
}

/** A row to write, with the row as read (to check it is unchanged before writing). */
export interface PlannedRow extends RowEdit {
  readonly read: RowAsRead;
}

function textCell(text: string): CellInput {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** "4" → 4, "2,5" → 2.5, "" → empty, anything else as typed. */
export function numberCell(text: string): CellInput {
  const trimmed = text.replace(/[\s\u00a0]/g, "");
  if (trimmed === "") return null;
  return NUMBER.test(trimmed) ? Number(trimmed.replace(",", ".")) : text.trim();
}

/**
 * The edit of one row: the cells of `values` (by contract key; absent columns skipped) that
 * change. A row that is not there yet is added, with its `key` cells, when anything is typed.
 */
function planRow(
  read: RowAsRead,
  values: ReadonlyMap<string, CellInput>,
  key: ReadonlyMap<string, CellInput>,
  always: ReadonlySet<string> = new Set(),
): PlannedRow | null {
  const cells = new Map<number, CellInput>();
  for (const [name, value] of values) {
    const at = read.columns.get(name);
    const changed = !sameRawValue(value, cellOf(read, name));
    if (at !== undefined && (always.has(name) || changed)) cells.set(at, value);
  }
  if (cells.size === 0) return null;
  if (read.row === null) {
    for (const [name, value] of key) {
      const column = read.columns.get(name);
      if (column !== undefined) cells.set(column, value);
    }
  }
  return { location: read.location, row: read.row, cells, read };
}

/**
 * Keeps what the row holds when the entry means the same (a status typed in another case).
 * A row not there yet holds nothing, and its status as read is null.
 */
function statusCell(form: FollowUpForm, entry: FollowUpEntry): CellInput {
  return entry.status === form.entry.status ? cellOf(form.rows.followUp, "status") : entry.status;
}

/**
 * Every row saving `entry` writes, in the order Uppföljning, Utfall (indicator order),
 * Bedömning. The Uppföljning row is always written (Rapporterad av and Rapportdatum say who
 * reported it and when); Utfall and Bedömning rows only where something changed.
 */
export function plannedRows(form: FollowUpForm, entry: FollowUpEntry, reporter: Reporter): PlannedRow[] {
  const { key } = form;
  const rows: PlannedRow[] = [];
  const followUpValues = new Map<string, CellInput>([
    ["status", statusCell(form, entry)],
    ["comment", textCell(entry.comment)],
    ["done", textCell(entry.done)],
    ["meetings", numberCell(entry.meetings)],
    ["reportedOn", rawDate(reporter.date)],
  ]);
  if (reporter.name !== null && reporter.name.trim() !== "") {
    followUpValues.set("reportedBy", reporter.name.trim());
  }
  const activityKey = new Map<string, CellInput>([
    ["activity", key.nr],
    ["year", key.year],
    ["period", key.period],
  ]);
  // The follow-up row is the report itself: written even when only who and when change.
  const always = new Set(["reportedBy", "reportedOn"]);
  const followUp = planRow(form.rows.followUp, followUpValues, activityKey, always);
  if (followUp) rows.push(followUp);

  for (const [name, read] of form.rows.outcomes ?? []) {
    const typed = entry.outcomes[name] ?? "";
    const planned = planRow(
      read,
      new Map([["value", numberCell(typed)]]),
      new Map<string, CellInput>([...activityKey, ["indicator", name]]),
    );
    if (planned) rows.push(planned);
  }

  const assessment = form.rows.assessment;
  if (assessment && form.area) {
    const planned = planRow(
      assessment,
      new Map([
        ["summary", textCell(entry.summary)],
        ["analysis", textCell(entry.analysis)],
        ["nextSteps", textCell(entry.nextSteps)],
      ]),
      new Map<string, CellInput>([
        ["area", form.area.nr],
        ["year", key.year],
        ["period", key.period],
      ]),
    );
    if (planned) rows.push(planned);
  }
  return rows;
}
