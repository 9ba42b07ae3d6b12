/** "Förbered uppföljning": adds the period's Uppfoljning rows and says how many. */
import { useState } from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import { countOf, requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { useTaskPane } from "../task-pane-context";
import { loadPrepare } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";
import { PeriodFields, defaultPeriodChoice } from "./period-fields";

export function PreparePanel() {
  const messages = useMessages();
  const { port, today, succeed } = useTaskPane();
  const { busy, run } = useTask();
  const [choice, setChoice] = useState(() => defaultPeriodChoice(today));

  const prepare = async () => {
    const result = await run(async () => {
      const year = requireYear(choice.yearText, messages.period.badYear);
      const { prepareFollowUps } = await loadPrepare();
      return prepareFollowUps(port, { period: choice.period, year });
    });
    if (!result) return;
    const { prepare: text, nouns, tables } = messages;
    const parts = [
      [result.added, tables.Uppfoljning],
      [result.addedAssessments, tables.Bedomning],
    ] as const;
    const added = parts
      .filter(([n]) => n > 0)
      .map(([n, sheet]) => text.addedIn(countOf(n, nouns.row), sheet));
    succeed(added.length === 0 ? text.none : text.added(added));
  };

  return (
    <Panel title={messages.prepare.heading}>
      <Text>{messages.prepare.intro}</Text>
      <PeriodFields value={choice} onChange={setChoice} />
      <div>
        <Button onClick={() => void prepare()} disabledFocusable={busy}>
          {messages.prepare.button}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={messages.prepare.running} />}
    </Panel>
  );
}
