/**
 * Text longer than an Excel cell holds (32,767 characters) is cut, with a note saying where,
 * so that the workbook opens in Excel as written and nothing is cut without a word.
 */
import {
  fitCellText,
  groupDigits,
  MAX_CELL_TEXT,
  PLAN_TABLES,
  type CellInput,
  type TableName,
} from "../plan";

export function fitRowsToCells(rows: Record<TableName, CellInput[][]>, notes: string[]): void {
  for (const def of PLAN_TABLES) {
    rows[def.name].forEach((row, i) => {
      row.forEach((value, j) => {
        if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return;
        row[j] = fitCellText(value);
        const header = def.columns[j]?.header ?? `kolumn ${j + 1}`;
        notes.push(
          `Texten för "${header}" på rad ${i + 1} i ${def.sheet} har ${groupDigits(value.length)} tecken, men en ` +
            `cell i Excel rymmer högst ${groupDigits(MAX_CELL_TEXT)}: den kortades. Hela texten finns kvar i dokumentet.`,
        );
      });
    });
  }
}
