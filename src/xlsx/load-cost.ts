/**
 * What reading a worksheet costs in memory, counted in its XML before anything is parsed:
 * exceljs keeps an object for every row and every cell, for every cell of a merged range,
 * and for every cell of a drop-down list's range (a list over more than
 * LARGE_VALIDATION_CELLS is kept as a range and costs nothing per cell). Each counts one;
 * measured, one costs about 550 bytes.
 */
import { parseRange } from "../plan";
import { LARGE_VALIDATION_CELLS } from "./large-validations";

/** Row and cell start tags, any prefix (`<c `, `<x:row>`, `<c/>`). */
const ROW_OR_CELL = /<(?:[\w.-]+:)?(?:c|row)(?=[\s/>])/g;
/** Merged ranges and drop-down lists, with their attributes. */
const RANGES = /<(?:[\w.-]+:)?(mergeCell|dataValidation)\s([^>]*)>/g;

function area(refs: string): number {
  let cells = 0;
  for (const ref of refs.split(/\s+/)) {
    const range = parseRange(ref);
    if (range) cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }
  return cells;
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`).exec(attributes)?.[1] ?? "";
}

/** Decodes bytes as Latin-1: every tag and attribute this counts is ASCII, and it is quick. */
const LATIN1 = new TextDecoder("latin1");

/** The cost of reading one worksheet part. */
export function loadCostOf(data: Uint8Array): number {
  const xml = LATIN1.decode(data);
  let cost = 0;
  ROW_OR_CELL.lastIndex = 0;
  while (ROW_OR_CELL.exec(xml) !== null) cost++;
  for (const [, name, attributes = ""] of xml.matchAll(RANGES)) {
    if (name === "mergeCell") cost += area(attribute(attributes, "ref"));
    else {
      const cells = area(attribute(attributes, "sqref"));
      if (cells <= LARGE_VALIDATION_CELLS) cost += cells;
    }
  }
  return cost;
}
