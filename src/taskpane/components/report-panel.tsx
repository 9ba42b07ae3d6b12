/** "Tertialrapport": writes the report sheet for a period and year and activates it. */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { useTaskPane } from "../task-pane-context";
import { loadReport } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";
import { PeriodFields, defaultPeriodChoice } from "./period-fields";

export function ReportPanel() {
  const messages = useMessages();
  const { port, host, today, succeed } = useTaskPane();
  const { busy, run } = useTask();
  const [choice, setChoice] = useState(() => defaultPeriodChoice(today));

  const create = async () => {
    const written = await run(async () => {
      const year = requireYear(choice.yearText, messages.period.badYear);
      const { createTertialReport } = await loadReport();
      const result = await createTertialReport(
        port,
        { period: choice.period, year, createdOn: today },
        "free-name",
      );
      await host.activateSheet(result.sheet);
      return result;
    });
    if (written)
      succeed((written.replaced ? messages.report.replaced : messages.report.created)(written.sheet));
  };

  return (
    <Panel title={messages.report.heading}>
      <PeriodFields value={choice} onChange={setChoice} />
      <div>
        <Button appearance="primary" onClick={() => void create()} disabledFocusable={busy}>
          {messages.report.button}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={messages.report.running} />}
    </Panel>
  );
}
