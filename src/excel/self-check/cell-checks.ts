/**
 * Checks on the scratch sheet of what the add-in's writes and reads rely on: text stays text
 * in a text-formatted cell, merged cells are found from A1 (office-js 3611) and in parts
 * beyond the 512 Excel lists, and a write and a read of the size the add-in sends go through.
 */
import { rangeA1 } from "../../plan";
import { ACTION_BYTES, jsonBytes, WEB_PAYLOAD_LIMIT } from "../chunking";
import { TEXT_FORMAT } from "../cell-input";
import { mergedAreasOf, queueMergesTouching, readMergesInParts } from "../merged-areas";
import { Session, settleWithin } from "../sync";
import type { SelfCheckEnvironment } from "./environment";
import { onScratch } from "./scratch";
import { check, describeError, failedCheck, type CheckResult } from "./types";

const timeoutOf = (env: SelfCheckEnvironment) => env.syncTimeoutMs ?? 30_000;

/** Text the add-in writes that Excel would otherwise turn into a number, a formula or a date. */
const TEXTS = ["1.10", "=1+1", "2026-05-15"];

const shown = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value));

export async function checkTextCells(env: SelfCheckEnvironment, scratch: string): Promise<CheckResult> {
  const title = "Text i textformaterade celler";
  try {
    const read = await onScratch(env, scratch, async (sheet, context) => {
      const range = sheet.getRange("A1:A3");
      range.numberFormat = TEXTS.map(() => [TEXT_FORMAT]);
      range.values = TEXTS.map((t) => [t]);
      const back = sheet.getRange("A1:A3").load("values, formulas, valueTypes");
      await settleWithin(context.sync(), timeoutOf(env));
      return back;
    });
    const pairs = TEXTS.map((text, i) => ({
      text,
      value: read.values[i]?.[0],
      formula: read.formulas[i]?.[0],
      type: read.valueTypes[i]?.[0],
    }));
    const ok = pairs.every((p) => p.value === p.text && p.formula === p.text && p.type === "String");
    const seen = pairs
      .map(
        (p) =>
          `${shown(p.text)} → ${shown(p.value)}${p.formula !== p.value ? ` (formel ${shown(p.formula)})` : ""}`,
      )
      .join(", ");
    return check("text-cells", title, ok, `${seen}.`);
  } catch (error) {
    return failedCheck("text-cells", title, error);
  }
}

/** B2:B4 merged; the header row a table would have is row 3, the range asked about B3:D5. */
const MERGE = { top: 2, left: 2, bottom: 4, right: 2 };
const ASKED = { top: 3, left: 2, bottom: 5, right: 4 };
/** More merged areas than Excel lists at once: 513 pairs in F1:G513. */
const MANY = 513;

export async function checkMergedAreas(env: SelfCheckEnvironment, scratch: string): Promise<CheckResult> {
  const title = "Sammanfogade celler";
  try {
    const { direct, fromA1 } = await onScratch(env, scratch, async (sheet, context) => {
      sheet.getRange(rangeA1(MERGE)).merge(false);
      const asked = sheet.getRange(rangeA1(ASKED));
      const directly = asked.getMergedAreasOrNullObject().load("areas/items/address");
      const found = queueMergesTouching(sheet, asked);
      await settleWithin(context.sync(), timeoutOf(env));
      return { direct: mergedAreasOf(directly), fromA1: mergedAreasOf(found) };
    });
    await onScratch(env, scratch, async (sheet, context) => {
      for (let r = 1; r <= MANY; r++) sheet.getRange(`F${r}:G${r}`).merge(false);
      await settleWithin(context.sync(), timeoutOf(env));
    });
    const many = await env.run((context) =>
      readMergesInParts(new Session(context, timeoutOf(env), env.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT), [
        { sheet: scratch, range: { top: 1, left: 6, bottom: MANY, right: 7 } },
      ]),
    );
    const manyFound = many.get(scratch)?.length ?? 0;
    const expected = rangeA1(MERGE);
    const ok = fromA1.some((m) => rangeA1(m) === expected) && manyFound === MANY;
    const seen =
      `B2:B4 sammanfogat; frågat om B3:D5 gav Excel ${direct.length === 0 ? "inget område (office-js 3611)" : direct.map((m) => rangeA1(m)).join(", ")}, ` +
      `frågat från A1 ${fromA1.map((m) => rangeA1(m)).join(", ") || "inget område"}. ` +
      `${MANY} sammanfogade områden (Excel listar högst 512 åt gången): ${manyFound} hittade.`;
    return check("merged-areas", title, ok, seen);
  } catch (error) {
    return failedCheck("merged-areas", title, error);
  }
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1).replace(".", ",")} MB`;

/**
 * The largest 2-D write the add-in sends in one request: half its budget of 80 % of the
 * limit (chunking.ts), here as text cells of 100 characters.
 */
export async function checkPayload(env: SelfCheckEnvironment, scratch: string): Promise<CheckResult> {
  const title = "Storlek på förfrågningar och svar";
  const limit = env.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
  const target = Math.floor((limit * 0.8) / 2) - 4 * ACTION_BYTES;
  const columns = 10;
  const cell = "x".repeat(100);
  const rows = Math.max(1, Math.floor(target / jsonBytes(Array(columns).fill(cell))));
  const values = Array.from({ length: rows }, (_, i) => [String(i), ...Array(columns - 1).fill(cell)]);
  const bytes = jsonBytes(values);
  const address = `A10:${String.fromCharCode(64 + columns)}${9 + rows}`;
  try {
    await onScratch(env, scratch, async (sheet, context) => {
      const range = sheet.getRange(address);
      range.numberFormat = values.map((row) => row.map(() => TEXT_FORMAT));
      range.values = values;
      await settleWithin(context.sync(), timeoutOf(env));
    });
  } catch (error) {
    return check(
      "payload",
      title,
      false,
      `Excel avvisade en skrivning på ${mb(bytes)}: ${describeError(error)}.`,
    );
  }
  try {
    const back = await onScratch(env, scratch, async (sheet, context) => {
      const range = sheet.getRange(address).load("values");
      await settleWithin(context.sync(), timeoutOf(env));
      return range.values;
    });
    const same = back.length === rows && back.every((row, i) => row[0] === String(i) && row[1] === cell);
    return check(
      "payload",
      title,
      same,
      `Skrev ${mb(bytes)} i en förfrågan och läste ${mb(jsonBytes(back))} i ett svar` +
        `${same ? "" : ", men det lästa stämde inte med det skrivna"}.`,
    );
  } catch (error) {
    return check(
      "payload",
      title,
      false,
      `Skrev ${mb(bytes)}, men Excel avvisade läsningen: ${describeError(error)}.`,
    );
  }
}
