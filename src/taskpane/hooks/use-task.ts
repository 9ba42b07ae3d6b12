/** Runs one user action at a time: busy while it runs, its fault shown in the message bar. */
import { useCallback, useRef, useState } from "react";
import { useTaskPane } from "../task-pane-context";

export interface Task {
  readonly busy: boolean;
  /** Runs `work` unless this task is already running; resolves to undefined on failure. */
  readonly run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

export function useTask(): Task {
  const { fail, clear } = useTaskPane();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      clear();
      try {
        return await work();
      } catch (error) {
        fail(error);
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [fail, clear],
  );
  return { busy, run };
}
