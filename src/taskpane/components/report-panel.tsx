/**
 * "Tertialrapport": writes the report sheet for a period and year and activates it. From a
 * plan with errors it says so, and what the report had to leave out.
 */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { useTaskPane } from "../task-pane-context";
import { loadReport, loadReportCheck } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";
import { PeriodFields, defaultPeriodChoice } from "./period-fields";

export function ReportPanel() {
  const messages = useMessages();
  const { port, host, today, succeed, warn } = useTaskPane();
  const { busy, run } = useTask();
  const [choice, setChoice] = useState(() => defaultPeriodChoice(today));

  const create = async () => {
    const written = await run(async () => {
      const year = requireYear(choice.yearText, messages.period.badYear);
      const [{ createTertialReport }, { checkReportInput, describeReportCheck }] = await Promise.all([
        loadReport(),
        loadReportCheck(),
      ]);
      // The plan as it is before the report is added, to say what the report left out.
      const before = await port.readSnapshot();
      const result = await createTertialReport(
        port,
        { period: choice.period, year, createdOn: today },
        "free-name",
      );
      await host.activateSheet(result.sheet);
      const check = checkReportInput(before, { period: choice.period, year, checkDate: today });
      return { result, check: describeReportCheck(check) };
    });
    if (!written) return;
    const { result, check } = written;
    const done = (result.replaced ? messages.report.replaced : messages.report.created)(result.sheet);
    if (check === null) succeed(done);
    else warn(`${done} ${check.summary}`, check.omissions, check.advice);
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
