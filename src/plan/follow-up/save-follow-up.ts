/**
 * "Spara": writes the follow-up the convener entered, in one batch, exactly the rows the form
 * read (created when missing). Before writing, the port checks that those rows still hold what
 * the form opened with. If someone else has changed them, nothing is written and the result
 * holds the form as the workbook is now, to show both versions and ask. A change elsewhere
 * (a row added below by a co-author, rows moved) is no conflict: the form is read again and
 * saved where the rows are now.
 */
import { PlanError } from "../plan-errors";
import type { RowsForTable, RowsWrite, RowUpdate, WorkbookPort } from "../workbook-port";
import { checkFollowUpEntry, type FormCheck } from "./check-follow-up";
import { openFollowUpForm, type FollowUpEntry, type FollowUpForm } from "./follow-up-form";
import { plannedRows, type PlannedRow, type Reporter } from "./form-rows";

export type SaveFollowUpResult =
  /** Written; `form` is the follow-up as the workbook holds it now. */
  | { readonly kind: "saved"; readonly form: FollowUpForm }
  /** Not written: the entry has errors (the same the validator would report). */
  | { readonly kind: "invalid"; readonly check: FormCheck }
  /** Not written: someone changed the rows since the form opened; `theirs` is how they are now. */
  | { readonly kind: "changed"; readonly theirs: FollowUpForm };

export interface SaveFollowUpOptions {
  readonly reporter: Reporter;
  /** Today, `YYYY-MM-DD`: the date the rules check against. */
  readonly checkDate: string;
}

/** Times the rows are read again when only their places changed, before giving up. */
const ATTEMPTS = 3;

/** The port's batch for the planned rows: updates checked against the rows as read. */
export function rowsWrite(planned: readonly PlannedRow[]): RowsWrite {
  const updates: RowUpdate[] = [];
  const appends = new Map<
    string,
    { location: RowsForTable["location"]; rows: RowsForTable["rows"][number][] }
  >();
  for (const p of planned) {
    if (p.row !== null) {
      updates.push({
        location: p.location,
        row: p.row,
        expected: [...p.read.columns.values()].map((column) => ({
          column,
          value: p.read.cells[column] ?? null,
        })),
        cells: [...p.cells].map(([column, value]) => ({ column, value })),
      });
      continue;
    }
    const row = p.location.headers.map((_, i) => p.cells.get(i) ?? null);
    const key = `${p.location.sheet}\u0000${p.location.excelTable ?? ""}`;
    const batch = appends.get(key) ?? { location: p.location, rows: [] };
    batch.rows.push(row);
    appends.set(key, batch);
  }
  return { updates, appends: [...appends.values()] };
}

/**
 * Whether the rows `planned` writes hold the same now as when `before` was read, wherever
 * they are now: only what saving would overwrite counts (a Bedömning the entry leaves alone
 * may change meanwhile).
 */
export function sameWrittenParts(
  before: FollowUpForm,
  now: FollowUpForm,
  planned: readonly PlannedRow[],
): boolean {
  const [a, b] = [before.entry, now.entry];
  return planned.every((p) => {
    switch (p.read.table) {
      case "Uppfoljning":
        return (
          a.status === b.status &&
          a.comment === b.comment &&
          a.done === b.done &&
          a.meetings === b.meetings &&
          before.reportedBy === now.reportedBy &&
          before.reportedOn === now.reportedOn
        );
      case "Bedomning":
        return a.summary === b.summary && a.analysis === b.analysis && a.nextSteps === b.nextSteps;
      default: {
        const name = [...(before.rows.outcomes ?? [])].find(([, r]) => r === p.read)?.[0];
        return name !== undefined && (a.outcomes[name] ?? "") === (b.outcomes[name] ?? "");
      }
    }
  });
}

export async function saveFollowUp(
  port: WorkbookPort,
  form: FollowUpForm,
  entry: FollowUpEntry,
  options: SaveFollowUpOptions,
): Promise<SaveFollowUpResult> {
  const check = checkFollowUpEntry(form, entry, options.reporter, options.checkDate);
  if (check.blocked) return { kind: "invalid", check };
  let current = form;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const planned = plannedRows(current, entry, options.reporter);
    const result = await port.writeRows(rowsWrite(planned));
    const now = openFollowUpForm(await port.readSnapshot(), form.key);
    if (result.written) return { kind: "saved", form: now };
    if (!sameWrittenParts(current, now, planned)) return { kind: "changed", theirs: now };
    current = now;
  }
  throw new PlanError(
    "Arbetsboken ändrades hela tiden medan uppföljningen skulle sparas, så den sparades inte. " +
      "Vänta en stund och försök igen.",
  );
}
