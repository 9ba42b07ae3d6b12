/**
 * Data validations as ranges for saving. exceljs keeps one entry per cell (it expands every
 * range it loads) and squeezes them back into ranges when it saves, but sorts addresses as
 * text ("C10" before "C2") and so writes overlapping ranges, which LibreOffice and Numbers
 * read wrongly and Excel does not allow (exceljs issue #2820). Saving with the validations
 * already as disjoint column runs avoids that: exceljs writes range keys as they are.
 */
import type ExcelJS from "exceljs";
import { columnLetter, columnNumber, parseRange, type RangeRef } from "../plan";

type Validations = Record<string, ExcelJS.DataValidation | undefined>;

const SINGLE = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** Identical validations share a key: same object, or same content. */
function identities(model: Validations): Map<ExcelJS.DataValidation, number> {
  const byObject = new Map<ExcelJS.DataValidation, number>();
  const byContent = new Map<string, number>();
  for (const validation of Object.values(model)) {
    if (validation === undefined || byObject.has(validation)) continue;
    const content = JSON.stringify(validation);
    const id = byContent.get(content) ?? byContent.size;
    byContent.set(content, id);
    byObject.set(validation, id);
  }
  return byObject;
}

/** The same validations keyed by disjoint ranges: one per column run of identical cells. */
export function validationRanges(model: Validations): Validations {
  const ids = identities(model);
  const result: Validations = {};
  const groups = new Map<string, { validation: ExcelJS.DataValidation; column: number; rows: number[] }>();
  for (const [address, validation] of Object.entries(model)) {
    if (validation === undefined) continue;
    const match = SINGLE.exec(address);
    if (!match) {
      result[address] = validation;
      continue;
    }
    const column = columnNumber(match[1] ?? "A");
    const key = `${ids.get(validation) ?? -1}:${column}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { validation, column, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(Number(match[2]));
  }
  for (const { validation, column, rows } of groups.values()) {
    rows.sort((a, b) => a - b);
    const letter = columnLetter(column);
    let start = rows[0] ?? 0;
    for (let i = 1; i <= rows.length; i++) {
      const row = rows[i];
      const previous = rows[i - 1] ?? start;
      if (row !== undefined && (row === previous + 1 || row === previous)) continue;
      result[start === previous ? `${letter}${start}` : `${letter}${start}:${letter}${previous}`] =
        validation;
      start = row ?? 0;
    }
  }
  return result;
}

/** Finds the validation of a cell in a model keyed by cells and ranges. */
export class ValidationLookup {
  private readonly ranges: { range: RangeRef; validation: ExcelJS.DataValidation }[] = [];

  constructor(private readonly model: Validations) {
    for (const [key, validation] of Object.entries(model)) {
      const range = key.includes(":") && validation !== undefined ? parseRange(key) : null;
      if (range !== null && validation !== undefined) this.ranges.push({ range, validation });
    }
  }

  at(row: number, column: number): ExcelJS.DataValidation | undefined {
    const direct = this.model[`${columnLetter(column)}${row}`];
    if (direct !== undefined) return direct;
    for (const { range, validation } of this.ranges) {
      if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right)
        return validation;
    }
    return undefined;
  }
}
