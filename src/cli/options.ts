/**
 * Option helpers shared by the commands: the file argument, `--datum`, `--period`, `--ar`,
 * and progress messages. Every problem is a CliError with a Swedish message (exit 2).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { PERIODS, type Period } from "../plan";
import { CliError } from "./cli-error";
import type { CommandContext, Output } from "./command";

/**
 * The one file argument a command takes, as the user typed it (relative paths are relative
 * to the working directory; messages then name the file the way the user wrote it).
 */
export function fileArgument(context: CommandContext, usage: string, what: string): string {
  const [file, ...extra] = context.positionals;
  if (file === undefined || file.trim() === "") {
    throw new CliError(`Ange ${what}.\nAnvändning: ${usage}`);
  }
  if (extra.length > 0) {
    throw new CliError(
      `För många argument: ${extra.map((a) => `"${a}"`).join(" ")}. Kommandot tar en fil.\n` +
        `Användning: ${usage}`,
    );
  }
  return file;
}

/** An absolute path for a file argument. */
export function resolveFile(file: string): string {
  return resolve(file);
}

/** Throws unless the file name ends in .xlsx (any case). */
export function requireXlsx(file: string): void {
  if (!/\.xlsx$/i.test(file)) {
    throw new CliError(`Filnamnet måste sluta på .xlsx: "${file}". Välj till exempel plan.xlsx.`);
  }
}

/**
 * Throws when the output file `out` exists and the command was not told `--skriv-over`:
 * the file is left as it is.
 */
export function refuseExistingOutput(context: CommandContext, out: string): void {
  if (existsSync(out) && !booleanOption(context, "skriv-over")) {
    throw new CliError(
      `Filen ${out} finns redan och lämnades orörd. Välj ett annat filnamn, ` +
        "eller lägg till --skriv-over för att ersätta den.",
    );
  }
}

const PLAN_DOCUMENT = /\.(?:docx|docm|doc|txt)$/i;

/**
 * Throws when `file` is a plan document (.docx, .doc, .txt) rather than a workbook: the
 * message says how to import it first.
 */
export function refusePlanDocument(file: string): void {
  if (!PLAN_DOCUMENT.test(file)) return;
  const workbook = file.replace(PLAN_DOCUMENT, ".xlsx");
  throw new CliError(
    `${file} är ett plandokument, inte en planarbetsbok. Gör först en arbetsbok av det:\n` +
      `  atgardsplan importera ${shellWord(file)} -o ${shellWord(workbook)}\n` +
      `och kontrollera sedan arbetsboken: atgardsplan validera ${shellWord(workbook)}`,
  );
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  throw new CliError(`Flaggan --${name} behöver ett värde.`);
}

export function booleanOption(context: CommandContext, name: string): boolean {
  return context.values[name] === true;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `--datum ÅÅÅÅ-MM-DD`, the check date; today when not given. */
export function checkDateOption(context: CommandContext, name = "datum"): string {
  const value = stringOption(context, name);
  if (value === undefined) return context.today;
  const text = value.trim();
  if (!isIsoDate(text)) {
    throw new CliError(
      `Ogiltigt datum "${value}" för --${name}. Skriv datumet som ÅÅÅÅ-MM-DD, ` +
        `till exempel ${context.today}.`,
    );
  }
  return text;
}

/** `--period T1|T2|VB` (any case); required unless `fallback` is given. */
export function periodOption(context: CommandContext, fallback?: Period, name = "period"): Period {
  const value = stringOption(context, name);
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`Ange perioden med --${name} T1, T2 eller VB.`);
  }
  const period = PERIODS.find((p) => p === value.trim().toUpperCase());
  if (period) return period;
  const hint =
    value.trim().toUpperCase() === "T3" ? " Tertial 3 redovisas i verksamhetsberättelsen (VB)." : "";
  throw new CliError(`Ogiltig period "${value}" för --${name}. Tillåtna värden: T1, T2 och VB.${hint}`);
}

/** `--ar ÅÅÅÅ`, a year 2000–2100; undefined when not given (use e.g. the plan year). */
export function yearOption(context: CommandContext, name = "ar"): number | undefined {
  const value = stringOption(context, name);
  if (value === undefined) return undefined;
  const text = value.trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2100)) {
    throw new CliError(
      `Ogiltigt år "${value}" för --${name}. Skriv ett årtal mellan 2000 och 2100, till exempel 2026.`,
    );
  }
  return year;
}

/** Whether progress messages are wanted: only when standard error is a terminal. */
export function wantsProgress(): boolean {
  return process.stderr.isTTY === true;
}

/** A progress line on standard error ("Läser plan.xlsx …"), only on a terminal. */
export function progress(io: Output, text: string): void {
  if (wantsProgress()) io.err(text);
}

/** A file name as it can be pasted back into a command (quoted when it holds spaces). */
export function shellWord(text: string): string {
  return /^[\w./\\:@%+,=-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, "\\$1")}"`;
}
