/**
 * "Ny plan för nästa år": next year's plan as a new workbook, handed to the user as a file
 * (the browser's download, as the Word report is). The open workbook is only read.
 */
import { useState } from "react";
import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { parseYear, requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { useTaskPane } from "../task-pane-context";
import { loadNextYear } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function NextYearPanel() {
  const messages = useMessages();
  const text = messages.nextYear;
  const { port, today, succeed, saveFile } = useTaskPane();
  const { busy, run } = useTask();
  const [yearText, setYearText] = useState("");
  const yearValid = yearText.trim() === "" || parseYear(yearText) !== null;

  const create = async () => {
    const saved = await run(async () => {
      const year = yearText.trim() === "" ? undefined : requireYear(yearText, messages.period.badYear);
      const { buildNextYearWorkbook, describeNextYear } = await loadNextYear();
      const { bytes, result } = await buildNextYearWorkbook(port, {
        checkDate: today,
        ...(year === undefined ? {} : { year }),
      });
      const file = text.fileName(result.year, result.district);
      await saveFile(file, bytes, XLSX_TYPE);
      return { file, result, described: describeNextYear(result) };
    });
    if (!saved) return;
    const { file, result, described } = saved;
    succeed(`${text.saved(file, result.year, result.fromYear, described.summary)} ${text.check}`, [
      ...described.baselines.map(text.baseline),
      ...described.leftBehind.map(text.leftBehind),
      ...described.notes,
    ]);
  };

  return (
    <Panel title={text.heading}>
      <Text>{text.intro}</Text>
      <Field
        label={text.yearLabel}
        hint={text.yearHint}
        validationState={yearValid ? "none" : "error"}
        validationMessage={yearValid ? undefined : messages.period.badYear}
      >
        <Input inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <div>
        <Button onClick={() => void create()} disabledFocusable={busy}>
          {text.button}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={text.running} />}
    </Panel>
  );
}
