/**
 * "Kontrollera tillägget": what each check found, as plain data the task pane lists and copies
 * as text. Every check says in Swedish what it looked at and what it saw, so that a user can
 * send it to support as it is.
 */
export interface CheckResult {
  /** Stable key, e.g. "text-cells". */
  readonly id: string;
  /** What was checked, e.g. "Text i textformaterade celler". */
  readonly title: string;
  /** Whether Excel behaved as the add-in assumes. */
  readonly ok: boolean;
  /** What was seen, e.g. `"1.10" → "1.10", "=1+1" → "=1+1"`. */
  readonly seen: string;
}

export function check(id: string, title: string, ok: boolean, seen: string): CheckResult {
  return { id, title, ok, seen };
}

/** A check that could not run: ✗ with what stopped it. */
export function failedCheck(id: string, title: string, error: unknown): CheckResult {
  return check(id, title, false, `Kunde inte köras: ${describeError(error)}`);
}

/** An Office.js error as "felkod ItemNotFound" (with its message), or the error's text. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" ? `felkod ${code} (${message})` : message;
}
