/**
 * "Kontrollera tillägget": runs every check (the Excel part from the host, the SharePoint
 * part here), lists them with ✓ or ✗ and what was seen, and copies the list as text for a
 * support e-mail ("Kopiera resultat"). The text also stands in a read-only box, to copy by
 * hand where the browser refuses the clipboard.
 */
import { useState } from "react";
import { Button, Field, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../excel";
import { Panel } from "../components/panel";
import { userMessageOf } from "../format";
import type { SharePointConnection } from "../sharepoint/connection";
import { useMessages } from "../use-messages";
import { SELF_CHECK_TEXT as T } from "./self-check-messages";
import { checkLine, localTime, selfCheckText } from "./self-check-text";
import { sharePointChecks } from "./sharepoint-checks";

export interface SelfCheckPanelProps {
  /** The Excel part of the check (`ExcelConnection.runSelfCheck`). */
  readonly runExcelChecks: () => Promise<readonly CheckResult[]>;
  readonly sharePoint?: SharePointConnection;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  failed: { color: tokens.colorPaletteRedForeground1 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** Copies `text`: the clipboard API, else the browser's copy command on the text box. */
async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!box) return false;
    box.select();
    return document.execCommand("copy");
  }
}

export function SelfCheckPanel(props: SelfCheckPanelProps) {
  const messages = useMessages();
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<readonly CheckResult[] | null>(null);
  const [fault, setFault] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [box, setBox] = useState<HTMLTextAreaElement | null>(null);

  const start = async () => {
    setRunning(true);
    setFault(null);
    setCopied(null);
    try {
      const excel = await props.runExcelChecks();
      setResults([...excel, ...(await sharePointChecks(props.sharePoint, messages))]);
    } catch (error) {
      setFault(T.failed(userMessageOf(error, messages)));
    } finally {
      setRunning(false);
    }
  };

  const text =
    results &&
    selfCheckText({
      results,
      when: localTime(new Date()),
      userAgent: navigator.userAgent,
      documentUrl: props.sharePoint?.documentUrl ?? "",
    });

  return (
    <Panel title={T.heading}>
      <Text>{T.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void start()} disabledFocusable={running}>
          {T.start}
        </Button>
        <Button onClick={props.onClose}>{T.close}</Button>
      </div>
      {running && <Spinner size="tiny" label={T.running} />}
      {fault && <Text role="alert">{fault}</Text>}
      {results && text && (
        <>
          <ul className={styles.list} aria-label={T.heading}>
            {results.map((result) => (
              <li key={result.id} className={result.ok ? undefined : styles.failed}>
                {checkLine(result)}
              </li>
            ))}
          </ul>
          <Text weight="semibold">{T.summary(results.filter((r) => r.ok).length, results.length)}</Text>
          <div>
            <Button onClick={() => void copyText(text, box).then(setCopied)}>{T.copy}</Button>
          </div>
          {copied !== null && <Text role="status">{copied ? T.copied : T.copyFailed}</Text>}
          <Field label={T.textLabel}>
            <Textarea ref={setBox} readOnly value={text} rows={8} resize="vertical" />
          </Field>
        </>
      )}
    </Panel>
  );
}
