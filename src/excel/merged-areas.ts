/**
 * Merged cells that touch a range, found the way Excel reports them.
 *
 * `Range.getMergedAreasOrNullObject()` returns only the merged areas whose top-left cell lies
 * in the range (office-js issue 3611): B2:B4 is missed when asked about a table whose header
 * is row 3. Every merged area that touches a range has its top-left cell between A1 and the
 * range's bottom-right corner, so the add-in asks about that rectangle
 * (`getRange("A1").getBoundingRect(range)`) and keeps the areas that touch the range. Each
 * area is read from `RangeAreas.areas` (ExcelApi 1.9), whole (office-js issue 1590).
 *
 * Excel lists at most 512 merged areas of a range, and asking for more fails the whole
 * request ("if the merged areas count in this range is more than 512, then this method will
 * fail", Excel.Range reference). A read that asked for merged areas and failed is therefore
 * made again without them (callers do that), and the areas are then read here in parts:
 * every region in a request of its own, a region that still fails split in two by its rows
 * (by its columns once it is one row). Each area is found in exactly one part, the one
 * holding its top-left cell.
 */
import { parseRange, rangeA1, rangesIntersect, type RangeRef } from "../plan";
import type { Session } from "./sync";

/** A range to find merged areas for: on `sheet`, touching `range`. */
export interface MergeRegion {
  readonly sheet: string;
  readonly range: RangeRef;
}

export type QueuedMerges = Excel.RangeAreas;

/** Queues the merged areas touching `range` (a proxy on its sheet). */
export function queueMergesTouching(sheet: Excel.Worksheet, range: Excel.Range): QueuedMerges {
  return sheet.getRange("A1").getBoundingRect(range).getMergedAreasOrNullObject().load("areas/items/address");
}

/** The areas read (after the sync), each as a rectangle. */
export function mergedAreasOf(queued: QueuedMerges): RangeRef[] {
  if (queued.isNullObject) return [];
  return queued.areas.items.flatMap((area) => {
    const ref = parseRange(area.address);
    return ref ? [ref] : [];
  });
}

/** The areas of `queued` that touch `range`. */
export function mergesTouching(queued: QueuedMerges, range: RangeRef): RangeRef[] {
  return mergedAreasOf(queued).filter((m) => rangesIntersect(m, range));
}

const key = (ref: RangeRef): string => `${ref.top}:${ref.left}:${ref.bottom}:${ref.right}`;

/** Adds areas to a sheet's list, each once. */
export function addMerges(bySheet: Map<string, RangeRef[]>, sheet: string, areas: readonly RangeRef[]): void {
  const list = bySheet.get(sheet) ?? [];
  const seen = new Set(list.map(key));
  for (const area of areas) {
    if (seen.has(key(area))) continue;
    seen.add(key(area));
    list.push(area);
  }
  bySheet.set(sheet, list);
}

/** A part of a region: the rectangle asked about, and the range whose touching areas count. */
interface Part {
  readonly sheet: string;
  readonly asked: RangeRef;
  readonly touching: RangeRef;
}

function halves(part: Part): Part[] | null {
  const { asked } = part;
  if (asked.bottom > asked.top) {
    const middle = Math.floor((asked.top + asked.bottom) / 2);
    return [
      { ...part, asked: { ...asked, bottom: middle } },
      { ...part, asked: { ...asked, top: middle + 1 } },
    ];
  }
  if (asked.right > asked.left) {
    const middle = Math.floor((asked.left + asked.right) / 2);
    return [
      { ...part, asked: { ...asked, right: middle } },
      { ...part, asked: { ...asked, left: middle + 1 } },
    ];
  }
  return null;
}

async function readParts(
  session: Session,
  parts: readonly Part[],
  out: Map<string, RangeRef[]>,
): Promise<void> {
  if (parts.length === 0) return;
  const { context } = session;
  const queued = parts.map((part) =>
    context.workbook.worksheets
      .getItem(part.sheet)
      .getRange(rangeA1(part.asked))
      .getMergedAreasOrNullObject()
      .load("areas/items/address"),
  );
  try {
    await session.settle(context.sync());
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "Timeout") throw error;
    if (parts.length > 1) {
      for (const part of parts) await readParts(session, [part], out);
      return;
    }
    const [only] = parts;
    const split = only ? halves(only) : null;
    if (!split) throw error;
    for (const half of split) await readParts(session, [half], out);
    return;
  }
  parts.forEach((part, i) => {
    const areas = queued[i];
    if (areas) addMerges(out, part.sheet, mergesTouching(areas, part.touching));
  });
}

/** The merged areas touching each region, in as few requests as Excel's 512 allows. */
export async function readMergesInParts(
  session: Session,
  regions: readonly MergeRegion[],
): Promise<Map<string, RangeRef[]>> {
  const out = new Map<string, RangeRef[]>();
  const parts = regions.map((r) => ({
    sheet: r.sheet,
    asked: { top: 1, left: 1, bottom: r.range.bottom, right: r.range.right },
    touching: r.range,
  }));
  await readParts(session, parts, out);
  return out;
}
