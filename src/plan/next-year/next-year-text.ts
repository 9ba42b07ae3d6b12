/**
 * What "Ny plan för nästa år" tells the user, in Swedish, the same on the command line and
 * in the task pane: what the new plan holds, each indicator's new baseline and where it came
 * from, the activities left behind and why, and what did not come along.
 */
import { countSv, groupDigits, listSv } from "../text";
import type { NextBaseline } from "./baselines";
import type { NextYearResult } from "./create-next-year";

export interface NextYearText {
  /** "Den nya planen har 3 områden, 7 aktiviteter, …. Uppföljning och Bedömning är tomma." */
  readonly summary: string;
  /** One line per activity left behind. */
  readonly leftBehind: readonly string[];
  /** One line per carried indicator. */
  readonly baselines: readonly string[];
  /** What did not come along, and the new plan's check. */
  readonly notes: readonly string[];
}

function number(value: number): string {
  const [whole, decimals] = String(value).split(".");
  const grouped = groupDigits(Number(whole));
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

function baselineLine(b: NextBaseline, fromYear: number): string {
  const subject = `${b.activity} ${b.indicator}`;
  if (b.source === "outcome") {
    const periods = b.periods === "VB" ? "VB" : `${b.periods}, VB saknas`;
    return `${subject}: ${number(b.baseline)} (utfall ${fromYear}, ${periods})`;
  }
  if (b.source === "kept") {
    const value = b.baseline === null ? "utan värde" : number(b.baseline);
    const year = b.baselineYear === null ? "" : ` från ${b.baselineYear}`;
    return `${subject}: inget utfall ${fromYear}; utgångsvärdet ${value}${year} står kvar`;
  }
  return `${subject}: inget utfall ${fromYear} och inget utgångsvärde sedan tidigare`;
}

export function describeNextYear(result: NextYearResult): NextYearText {
  const c = result.counts;
  const parts = [
    countSv(c.Omraden, "område", "områden"),
    countSv(c.Aktiviteter, "aktivitet", "aktiviteter"),
    countSv(c.Deltagare, "deltagarrad", "deltagarrader"),
    countSv(c.Indikatorer, "indikator", "indikatorer"),
    countSv(c.Utfall, "utfallsrad", "utfallsrader"),
  ];
  const summary = `Den nya planen har ${listSv(parts)}. Uppföljning och Bedömning är tomma.`;
  const leftBehind = result.leftBehind.map((l) => {
    const name = [l.nr, l.name].filter((p) => p !== null && p !== "").join(" ");
    return `${name || "Aktivitet utan Nr"} (rad ${l.sheetRow} i Aktiviteter): ${l.reason}`;
  });
  const notes: string[] = [];
  if (result.registrationNumber !== null) {
    notes.push(
      `Diarienumret ${result.registrationNumber} följde inte med: fyll i den nya planens diarienummer i tabellen Plan.`,
    );
  }
  for (const own of result.ownColumns) {
    const headers = listSv(own.headers.map((h) => `"${h}"`));
    notes.push(`Egna kolumner på bladet ${own.sheet} följde inte med: ${headers}.`);
  }
  const { errors, warnings } = result.check;
  if (errors > 0) {
    notes.push(
      `Den nya planen har ${errors} fel som fanns redan i den gamla. Validera den nya planen för att se dem.`,
    );
  } else if (warnings > 0) {
    notes.push(`Den nya planen har inga fel, men ${countSv(warnings, "varning", "varningar")} att se över.`);
  }
  return {
    summary,
    leftBehind,
    baselines: result.baselines.map((b) => baselineLine(b, result.fromYear)),
    notes,
  };
}
