/**
 * A workbook without plan tables: "Skapa planmall" writes the empty template, "Importera
 * plan från dokument" reads a .docx or .txt the user picks. Both go through
 * `createPlanTables`, which refuses to write over plan tables that exist.
 */
import { useState, type ChangeEvent } from "react";
import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import { createPlanTables } from "../../plan";
import { InputFault, countOf, formatImportCounts, requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import { readFileBytes } from "../read-file";
import { useTaskPane } from "../task-pane-context";
import { loadImport } from "../use-cases";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";

export const DOCUMENT_TYPES = ".docx,.txt";

function ImportSection() {
  const messages = useMessages();
  const { port, today, succeed, reloadPlan } = useTaskPane();
  const { busy, run } = useTask();
  const [file, setFile] = useState<File | null>(null);
  const [yearText, setYearText] = useState(today.slice(0, 4));

  const importPlan = async () => {
    const done = await run(async () => {
      if (!file) throw new InputFault(messages.empty.noFile);
      const year = requireYear(yearText, messages.period.badYear);
      const data = await readFileBytes(file).catch(() => {
        throw new InputFault(messages.empty.unreadable(file.name));
      });
      const { importPlanDocument, describeUnplaced } = await loadImport();
      const imported = await importPlanDocument({ fileName: file.name, data }, { year });
      await createPlanTables(port, imported.tables);
      return { ...imported, unplacedLines: imported.unplaced.map((item) => describeUnplaced(item)) };
    });
    if (done === undefined) return;
    const { summary, unplacedLines } = done;
    const texts = [messages.empty.imported(formatImportCounts(summary, messages)), ...summary.notes];
    if (unplacedLines.length > 0) {
      texts.push(messages.empty.unplaced(countOf(unplacedLines.length, messages.nouns.passage)));
    }
    succeed(texts.join(" "), unplacedLines);
    reloadPlan();
  };

  return (
    <Panel title={messages.empty.importHeading}>
      <Field label={messages.empty.fileLabel} hint={messages.empty.fileHint}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            accept={DOCUMENT_TYPES}
            onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Field label={messages.empty.yearLabel}>
        <Input inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <div>
        <Button onClick={() => void importPlan()} disabledFocusable={busy}>
          {messages.empty.importButton}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={messages.empty.importing} />}
    </Panel>
  );
}

export function EmptyWorkbookPanel() {
  const messages = useMessages();
  const { port, succeed, reloadPlan } = useTaskPane();
  const { busy, run } = useTask();

  const createTemplate = async () => {
    const done = await run(async () => {
      await createPlanTables(port);
      return true;
    });
    if (!done) return;
    succeed(messages.empty.templateCreated);
    reloadPlan();
  };

  return (
    <>
      <Panel title={messages.empty.heading}>
        <Text>{messages.empty.intro}</Text>
        <div>
          <Button appearance="primary" onClick={() => void createTemplate()} disabledFocusable={busy}>
            {messages.empty.createTemplate}
          </Button>
        </div>
      </Panel>
      <ImportSection />
    </>
  );
}
