/**
 * "Tertialrapport": writes the report sheet for a period and year and activates it, or
 * downloads the same report as a Word document (the workbook is then only read). From a
 * plan with errors it says so, and what the report had to leave out.
 */
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { useTaskPane } from "../task-pane-context";
import { loadDocx, loadFileNames, loadReport, loadReportCheck } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";
import { PeriodFields, defaultPeriodChoice } from "./period-fields";

export function ReportPanel() {
  const messages = useMessages();
  const { port, host, today, succeed, warn, saveFile } = useTaskPane();
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

  const [running, setRunning] = useState(messages.report.running);
  const downloadDocx = async () => {
    setRunning(messages.report.docxRunning);
    const saved = await run(async () => {
      const year = requireYear(choice.yearText, messages.period.badYear);
      const [{ buildReportDocx, DOCX_TYPE }, { reportFileName }] = await Promise.all([
        loadDocx(),
        loadFileNames(),
      ]);
      const { bytes, report } = await buildReportDocx(port, {
        period: choice.period,
        year,
        createdOn: today,
      });
      const fileName = reportFileName(report.period, report.year, report.title.planTitle, "docx");
      await saveFile(fileName, bytes, DOCX_TYPE);
      return fileName;
    });
    if (saved) succeed(messages.report.docxSaved(saved));
  };

  return (
    <Panel title={messages.report.heading}>
      <PeriodFields value={choice} onChange={setChoice} />
      <div>
        <Button
          appearance="primary"
          onClick={() => {
            setRunning(messages.report.running);
            void create();
          }}
          disabledFocusable={busy}
        >
          {messages.report.button}
        </Button>
      </div>
      <div>
        <Button onClick={() => void downloadDocx()} disabledFocusable={busy}>
          {messages.report.docxButton}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={running} />}
    </Panel>
  );
}
