/**
 * "Koppla plan" in the task pane: reads the proposal, keeps the user's choices and binds.
 * After binding it validates the plan afresh and says what was done, then re-reads the pane.
 */
import { useCallback, useState } from "react";
import {
  defaultBindingPlan,
  describeOperation,
  planBinding,
  readBindingProposal,
  validatePlan,
  type BindingChoice,
  type BindingProposal,
  type TableName,
} from "../../plan";
import type { BindingWorkbook } from "./can-bind";
import { formatStats } from "../format";
import { useTaskPane } from "../task-pane-context";
import { useMessages } from "../use-messages";
import { useTask } from "./use-task";

export { canBind, type BindingWorkbook } from "./can-bind";

export type Choices = Partial<Record<TableName, BindingChoice>>;

export interface Binding {
  readonly busy: boolean;
  readonly proposal: BindingProposal | null;
  readonly choices: Choices;
  readonly allowRename: boolean;
  readonly choose: (table: TableName, choice: BindingChoice) => void;
  readonly setAllowRename: (allow: boolean) => void;
  /** Reads the workbook and shows the proposal. */
  readonly propose: () => Promise<void>;
  readonly cancel: () => void;
  /** Binds as chosen. */
  readonly bind: () => Promise<void>;
}

export function useBinding(port: BindingWorkbook): Binding {
  const messages = useMessages();
  const { today, succeed, reloadPlan } = useTaskPane();
  const { busy, run } = useTask();
  const [proposal, setProposal] = useState<BindingProposal | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [allowRename, setAllowRename] = useState(false);

  const propose = useCallback(async () => {
    const read = await run(() => readBindingProposal(port));
    if (!read) return;
    setProposal(read);
    setChoices(defaultBindingPlan(read).choices);
    setAllowRename(false);
  }, [port, run]);

  const bind = useCallback(async () => {
    if (!proposal) return;
    const done = await run(async () => {
      const operations = planBinding(proposal, { choices, allowRename });
      // Already bound as chosen: nothing to write.
      if (operations.length > 0) await port.applyBinding(operations);
      const report = validatePlan(await port.readSnapshot(), { checkDate: today });
      return { operations, report };
    });
    if (!done) return;
    setProposal(null);
    const stats = formatStats(done.report.stats, messages);
    if (done.operations.length === 0) succeed(messages.bind.alreadyBound(stats));
    else succeed(messages.bind.done(stats), done.operations.map(describeOperation));
    reloadPlan();
  }, [proposal, choices, allowRename, port, run, today, succeed, reloadPlan, messages]);

  const choose = useCallback(
    (table: TableName, choice: BindingChoice) => setChoices((current) => ({ ...current, [table]: choice })),
    [],
  );
  const cancel = useCallback(() => setProposal(null), []);

  return { busy, proposal, choices, allowRename, choose, setAllowRename, propose, cancel, bind };
}
