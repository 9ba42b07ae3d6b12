/**
 * "Validera plan" and "Kontrollera medan jag skriver": validates the workbook on demand,
 * and while checking is on, again after the user's edits to the tables, debounced. The
 * change handler is removed when checking is turned off or the pane closes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { validatePlan, type ValidationReport } from "../../plan";
import { useTaskPane } from "../task-pane-context";

/** Quiet time after the last edit before validating again. */
export const LIVE_DELAY_MS = 800;

export interface Validation {
  readonly report: ValidationReport | null;
  readonly running: boolean;
  /** Validates now: the button's action (clears the message bar first). */
  readonly validate: () => Promise<void>;
  readonly live: boolean;
  readonly setLive: (on: boolean) => void;
}

export function useValidation(delayMs = LIVE_DELAY_MS): Validation {
  const { port, host, today, fail, clear } = useTaskPane();
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [running, setRunning] = useState(0);
  const [live, setLive] = useState(false);
  // Only the newest run may show its result: edits can start runs that overlap.
  const latest = useRef(0);

  const check = useCallback(async () => {
    const run = ++latest.current;
    setRunning((n) => n + 1);
    try {
      const next = validatePlan(await port.readSnapshot(), { checkDate: today });
      if (run === latest.current) setReport(next);
    } catch (error) {
      if (run === latest.current) fail(error);
    } finally {
      setRunning((n) => n - 1);
    }
  }, [port, today, fail]);

  const validate = useCallback(() => {
    clear();
    return check();
  }, [check, clear]);

  const checkRef = useRef(check);
  useEffect(() => {
    checkRef.current = check;
  }, [check]);

  useEffect(() => {
    if (!live) return;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let remove: (() => Promise<void>) | null = null;
    const removeQuietly = (remover: () => Promise<void>) => void remover().catch(fail);
    const onChanged = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void checkRef.current(), delayMs);
    };
    host.onTablesChanged(onChanged).then(
      (remover) => {
        if (active) remove = remover;
        else removeQuietly(remover);
      },
      (error: unknown) => {
        if (!active) return;
        fail(error);
        setLive(false);
      },
    );
    void checkRef.current();
    return () => {
      active = false;
      clearTimeout(timer);
      if (remove) removeQuietly(remove);
    };
  }, [live, host, delayMs, fail]);

  return { report, running: running > 0, validate, live, setLive };
}
