/**
 * What the task pane opens with: the plan's title, district and year, or the news that
 * the workbook holds no plan tables at all (then the template and the import are offered).
 */
import { useCallback, useEffect, useState } from "react";
import {
  locatePlanTables,
  readPlanData,
  type BrokenBinding,
  type PlanInfo,
  type WorkbookPort,
} from "../../plan";

export type PlanState =
  | { readonly kind: "loading" }
  | { readonly kind: "failed" }
  /** No plan table was found in the workbook. */
  | { readonly kind: "empty"; readonly brokenBindings: readonly BrokenBinding[] }
  /** Plan tables were found; `info` is the Plan table's row, null without one. */
  | {
      readonly kind: "plan";
      readonly info: PlanInfo | null;
      /** Bindings ("Koppla plan") whose table is gone: the pane offers to bind again. */
      readonly brokenBindings: readonly BrokenBinding[];
    };

export async function readPlanState(port: WorkbookPort): Promise<PlanState> {
  const located = locatePlanTables(await port.readSnapshot());
  const brokenBindings = located.brokenBindings ?? [];
  if (located.tables.size === 0) return { kind: "empty", brokenBindings };
  return { kind: "plan", info: readPlanData(located).info, brokenBindings };
}

export function usePlanSummary(
  port: WorkbookPort,
  fail: (error: unknown) => void,
): { readonly state: PlanState; readonly reload: () => void } {
  const [state, setState] = useState<PlanState>({ kind: "loading" });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    readPlanState(port).then(
      (next) => {
        if (current) setState(next);
      },
      (error: unknown) => {
        if (!current) return;
        setState({ kind: "failed" });
        fail(error);
      },
    );
    return () => {
      current = false;
    };
  }, [port, version, fail]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
