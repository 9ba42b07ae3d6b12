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
/** Bytes decoded at a time, so that a 100 MB part never becomes a 100 MB string. */
const CHUNK = 4 * 1024 * 1024;
const LT = 0x3c;

function costOfText(xml: string): number {
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

/** The cost of reading one worksheet part, read in chunks that end before a tag. */
export function loadCostOf(data: Uint8Array): number {
  let cost = 0;
  let start = 0;
  while (start < data.length) {
    let end = Math.min(start + CHUNK, data.length);
    if (end < data.length) {
      const tag = data.lastIndexOf(LT, end);
      if (tag > start) end = tag;
    }
    cost += costOfText(LATIN1.decode(data.subarray(start, end)));
    start = end;
  }
  return cost;
}
