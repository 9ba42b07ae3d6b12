/** The self-check's result as plain text, for "Kopiera resultat" and a support e-mail. */
import type { CheckResult } from "../../excel";
import { SELF_CHECK_TEXT as T } from "./self-check-messages";

export interface SelfCheckReport {
  readonly results: readonly CheckResult[];
  /** When it ran, as the user's clock says: "2026-06-10 12:00". */
  readonly when: string;
  readonly userAgent: string;
  readonly documentUrl: string;
}

export const mark = (ok: boolean): string => (ok ? "✓" : "✗");

export function checkLine(result: CheckResult): string {
  return `${mark(result.ok)} ${result.title}: ${result.seen}`;
}

export function selfCheckText(report: SelfCheckReport): string {
  const passed = report.results.filter((r) => r.ok).length;
  return [
    T.title,
    T.time(report.when),
    T.browser(report.userAgent),
    T.document(report.documentUrl),
    "",
    ...report.results.map(checkLine),
    "",
    T.summary(passed, report.results.length),
  ].join("\n");
}

/** "2026-06-10 12:00" in the user's time zone. */
export function localTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}
