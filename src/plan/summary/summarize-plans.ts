/**
 * The use case "Sammanställ": every plan workbook in a folder (on disk or in SharePoint)
 * summarised for one period, one workbook at a time: each is opened, read, summarised and
 * let go before the next is opened, so memory stays flat however many plans there are.
 * A workbook that cannot be read, is not a plan or is of another year is listed with why.
 */
import type { Period } from "../contract";
import { PlanError } from "../plan-errors";
import type { WorkbookPort } from "../workbook-port";
import { summarizePlan } from "./summarize-plan";
import type { DistrictCounts, DistrictSummary, PlansSummary, SkippedPlan } from "./summary-types";

/** A workbook in the folder; `open` reads it (a download, a file) only when called. */
export interface PlanSource {
  /** The file name as listed, e.g. "skarholmen.xlsx". */
  readonly name: string;
  /** Throws an error with a Swedish `userMessage` when the workbook cannot be read. */
  open(): Promise<WorkbookPort>;
}

export interface SummarizeRequest {
  readonly period: Period;
  /** The year to summarise; when absent, the year most of the plans are for (the latest of a tie). */
  readonly year?: number;
  /** The folder or address the sources were listed from, as the user gave it. */
  readonly source: string;
  /** The day the summary is made, `YYYY-MM-DD`. */
  readonly createdOn?: string;
  /** Called before each workbook is opened. */
  readonly onProgress?: (name: string) => void;
}

const ZERO: DistrictCounts = {
  activities: 0,
  reported: 0,
  met: 0,
  partly: 0,
  notMet: 0,
  notAssessed: 0,
  missing: 0,
  late: 0,
};

/** The counts added up. */
export function addCounts(all: readonly DistrictCounts[]): DistrictCounts {
  return all.reduce<DistrictCounts>(
    (sum, c) => ({
      activities: sum.activities + c.activities,
      reported: sum.reported + c.reported,
      met: sum.met + c.met,
      partly: sum.partly + c.partly,
      notMet: sum.notMet + c.notMet,
      notAssessed: sum.notAssessed + c.notAssessed,
      missing: sum.missing + c.missing,
      late: sum.late + c.late,
    }),
    ZERO,
  );
}

function userMessageOf(error: unknown): string | null {
  if (error instanceof Error && "userMessage" in error && typeof error.userMessage === "string") {
    return error.userMessage.replace(/\s*\n\s*/g, " ").trim();
  }
  return null;
}

/** The year most districts' plans are for; the latest when two are as common. */
function commonYear(summaries: readonly DistrictSummary[]): number | null {
  const counts = new Map<number, number>();
  for (const s of summaries) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bestCount || (n === bestCount && year > best)) best = year;
  }
  return best;
}

/** Districts with the same name are told apart by their file. */
function distinctNames(summaries: readonly DistrictSummary[]): DistrictSummary[] {
  const seen = new Map<string, number>();
  for (const s of summaries) seen.set(s.district, (seen.get(s.district) ?? 0) + 1);
  return summaries.map((s) =>
    (seen.get(s.district) ?? 0) > 1 ? { ...s, district: `${s.district} (${s.file})` } : s,
  );
}

/** No workbook in the folder could be summarised: the summary would be empty. */
export class NothingToSummarize extends PlanError {
  constructor(readonly skipped: readonly SkippedPlan[]) {
    super(
      skipped.length === 0
        ? "Mappen innehåller inga arbetsböcker (.xlsx) att sammanställa."
        : [
            "Ingen plan kunde sammanställas, så ingen sammanställning skrevs:",
            ...skipped.map((s) => `  ${s.file}: ${s.reason}`),
          ].join("\n"),
    );
  }
}

/**
 * Summarises every source for the period. Faults of a single workbook (an error with a
 * `userMessage`) list it as unreadable; any other error is a bug and is thrown.
 */
export async function summarizePlans(
  sources: readonly PlanSource[],
  request: SummarizeRequest,
): Promise<PlansSummary> {
  const order: ({ summary: DistrictSummary } | { skipped: SkippedPlan })[] = [];
  for (const source of sources) {
    request.onProgress?.(source.name);
    try {
      const snapshot = await (await source.open()).readSnapshot();
      const outcome = summarizePlan(source.name, snapshot, request.period, request.year);
      order.push(outcome.kind === "summarized" ? { summary: outcome.summary } : { skipped: outcome.skipped });
    } catch (error) {
      const message = userMessageOf(error);
      if (message === null) throw error;
      order.push({
        skipped: { file: source.name, kind: "unreadable", reason: `kunde inte läsas: ${message}` },
      });
    }
  }
  const summaries = order.flatMap((o) => ("summary" in o ? [o.summary] : []));
  const year = request.year ?? commonYear(summaries);
  // Without a year no workbook was summarised, so every one is in the list as skipped.
  const skipped = order.flatMap((o): SkippedPlan[] => {
    if ("skipped" in o) return [o.skipped];
    if (o.summary.year === year) return [];
    const reason = `planen gäller ${o.summary.year}, inte ${String(year)}`;
    return [{ file: o.summary.file, kind: "other-year", reason }];
  });
  if (year === null) throw new NothingToSummarize(skipped);
  const districts = distinctNames(summaries.filter((s) => s.year === year));
  if (districts.length === 0) throw new NothingToSummarize(skipped);
  return {
    period: request.period,
    year,
    source: request.source,
    createdOn: request.createdOn ?? null,
    districts,
    total: addCounts(districts.map((d) => d.counts)),
    skipped,
  };
}
