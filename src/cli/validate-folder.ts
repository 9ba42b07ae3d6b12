/**
 * `atgardsplan validera --mapp URL`: every plan workbook in a SharePoint folder, a few at a
 * time, one line per file (errors, warnings) and the total. Exit 1 if any plan has errors
 * or cannot be read; a workbook without the plan's tables is skipped and said so.
 */
import { PLAN_TABLES, validatePlan, type FindingStats, type ValidationReport } from "../plan";
import {
  downloadFile,
  listFolderWorkbooks,
  type FolderWorkbook,
  type SharePointOptions,
} from "../sharepoint";
import { readPackageSnapshot } from "../xlsx/package-snapshot";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./cli-error";
import type { CommandContext } from "./command";
import { countsText } from "./format-findings";
import { booleanOption, checkDateOption, progress } from "./options";
import { assertAddress, sharePointOptions } from "./sharepoint-source";

export interface FolderOptions {
  /** Workbooks read at the same time. */
  readonly concurrency: number;
  readonly checkDate: string;
}

type FileOutcome =
  | { readonly kind: "checked"; readonly file: FolderWorkbook; readonly report: ValidationReport }
  | { readonly kind: "not-plan"; readonly file: FolderWorkbook }
  | { readonly kind: "unreadable"; readonly file: FolderWorkbook; readonly message: string };

const REQUIRED = PLAN_TABLES.filter((t) => t.required).map((t) => t.name);

function isNoPlan(report: ValidationReport): boolean {
  const missing = new Set(
    report.findings.filter((f) => f.rule === "table-missing" && f.severity === "error").map((f) => f.table),
  );
  return REQUIRED.every((name) => missing.has(name));
}

function messageOf(error: unknown): string {
  if (error instanceof Error && "userMessage" in error && typeof error.userMessage === "string") {
    return error.userMessage;
  }
  throw error;
}

async function checkFile(
  file: FolderWorkbook,
  options: SharePointOptions,
  checkDate: string,
): Promise<FileOutcome> {
  try {
    const snapshot = await readPackageSnapshot(await downloadFile(file, options), file.name);
    const report = validatePlan(snapshot, { checkDate });
    return isNoPlan(report) ? { kind: "not-plan", file } : { kind: "checked", file, report };
  } catch (error) {
    return { kind: "unreadable", file, message: messageOf(error).replace(/\s*\n\s*/g, " ") };
  }
}

/** Runs `work` on every item, at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function line(outcome: FileOutcome, width: number): string {
  const name = outcome.file.name.padEnd(width);
  if (outcome.kind === "checked") return `  ${name}  ${countsText(outcome.report.stats)}`;
  if (outcome.kind === "not-plan")
    return `  ${name}  hoppades över: ingen planarbetsbok (saknar planens tabeller)`;
  return `  ${name}  kunde inte läsas: ${outcome.message}`;
}

function total(outcomes: readonly FileOutcome[]): string {
  const checked = outcomes.flatMap((o) => (o.kind === "checked" ? [o.report] : []));
  const sum = checked.reduce<FindingStats>(
    (a, r) => ({
      errors: a.errors + r.stats.errors,
      warnings: a.warnings + r.stats.warnings,
      info: a.info + r.stats.info,
    }),
    { errors: 0, warnings: 0, info: 0 },
  );
  const failing = checked.filter((r) => !r.valid).length;
  const unreadable = outcomes.filter((o) => o.kind === "unreadable").length;
  const parts = [`Totalt ${checked.length} ${checked.length === 1 ? "plan" : "planer"}: ${countsText(sum)}.`];
  parts.push(failing === 0 ? "Ingen plan har fel." : `${failing} av ${checked.length} har fel.`);
  if (unreadable > 0) parts.push(`${unreadable} ${unreadable === 1 ? "fil" : "filer"} kunde inte läsas.`);
  return parts.join(" ");
}

/** Validates every .xlsx in the folder at `address`; prints one line per file and the total. */
export async function validateFolder(
  context: CommandContext,
  address: string,
  options: FolderOptions,
): Promise<number> {
  assertAddress(address);
  const client = await sharePointOptions(context);
  progress(context.io, `Hämtar listan över arbetsböcker i ${address} …`);
  const listing = await listFolderWorkbooks(address, client);
  if (listing.workbooks.length === 0) {
    throw new CliError(`Mappen ${address} innehåller inga arbetsböcker (.xlsx).`);
  }
  const outcomes = await mapLimit(listing.workbooks, options.concurrency, (file) => {
    progress(context.io, `Kontrollerar ${file.name} …`);
    return checkFile(file, client, options.checkDate);
  });
  const width = Math.max(...outcomes.map((o) => o.file.name.length));
  const header = `Validering av ${outcomes.length} arbetsböcker i ${address} (kontrolldatum ${options.checkDate})`;
  context.io.out([header, "", ...outcomes.map((o) => line(o, width)), "", total(outcomes)].join("\n"));
  const bad = outcomes.some((o) => o.kind === "unreadable" || (o.kind === "checked" && !o.report.valid));
  return bad ? EXIT_FINDINGS : EXIT_OK;
}

/** `validera --mapp URL`: no file argument, no --json; three workbooks at a time. */
export function validateFolderCommand(context: CommandContext, address: string): Promise<number> {
  if (context.positionals.length > 0) {
    throw new CliError("Ange antingen en arbetsbok eller --mapp URL, inte båda.");
  }
  if (booleanOption(context, "json")) {
    throw new CliError("--json kan inte användas med --mapp: kontrollera en plan i taget för JSON.");
  }
  return validateFolder(context, address, { concurrency: 3, checkDate: checkDateOption(context) });
}
