/**
 * "Validera plan": a progress indicator while it runs, then the counts and what they mean, a
 * severity filter and the findings grouped by rule and problem. "Kontrollera medan jag skriver" re-validates after edits.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FINDING_MESSAGES_SV, type Severity, type ValidationReport } from "../../plan";
import { formatStats } from "../format";
import { useTask } from "../hooks/use-task";
import { useValidation } from "../hooks/use-validation";
import { useTaskPane } from "../task-pane-context";
import { useMessages } from "../use-messages";
import { FindingList } from "./finding-list";
import { Panel } from "./panel";

type Filter = Severity | "all";
const FILTERS: readonly Filter[] = ["all", "error", "warning", "info"];

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  // The severity filter: the browser's own radio buttons in a fieldset, so the start-up
  // bundle carries no radio component (taskpane_js_gzip_kb ≤ 150).
  filter: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "12px",
    rowGap: "4px",
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: {
    padding: 0,
    marginBottom: "4px",
    fontWeight: tokens.fontWeightSemibold,
  },
  choice: { display: "inline-flex", alignItems: "center", gap: "4px", cursor: "pointer" },
  radio: { margin: 0, accentColor: tokens.colorBrandBackground },
});

function ValidationResult(props: { report: ValidationReport }) {
  const messages = useMessages();
  const styles = useStyles();
  const { host } = useTaskPane();
  const { run } = useTask();
  const [filter, setFilter] = useState<Filter>("all");
  const { report } = props;
  const shown = filter === "all" ? report.findings : report.findings.filter((f) => f.severity === filter);
  const label = (f: Filter) => (f === "all" ? messages.validate.all : messages.validate.filter[f]);
  return (
    <>
      <div role="status">
        <Text weight="semibold">{formatStats(report.stats, messages)}</Text>
        <Text block>{FINDING_MESSAGES_SV.verdict(report.stats)}</Text>
      </div>
      {report.findings.length === 0 ? (
        <Text>{messages.validate.noFindings}</Text>
      ) : (
        <>
          <fieldset className={styles.filter}>
            <legend className={styles.legend}>{messages.validate.filterLabel}</legend>
            {FILTERS.map((f) => (
              <label key={f} className={styles.choice}>
                <input
                  type="radio"
                  className={styles.radio}
                  name="atgardsplan-allvarlighet"
                  value={f}
                  checked={filter === f}
                  onChange={() => setFilter(f)}
                />
                {label(f)}
              </label>
            ))}
          </fieldset>
          {shown.length === 0 ? (
            <Text>{messages.validate.noneShown}</Text>
          ) : (
            <FindingList
              findings={shown}
              onSelect={(address) => void run(() => host.selectAddress(address))}
            />
          )}
        </>
      )}
    </>
  );
}

export function ValidatePanel(props: {
  liveDelayMs?: number;
  validateOnOpen?: boolean;
  /** Called once the validation `validateOnOpen` started has finished (shown or failed). */
  onOpened?: () => void;
}) {
  const messages = useMessages();
  const styles = useStyles();
  const validation = useValidation(props.liveDelayMs);
  const opened = useRef(false);
  const { validate } = validation;
  const onOpenedRef = useRef(props.onOpened);
  onOpenedRef.current = props.onOpened;
  useEffect(() => {
    if (!props.validateOnOpen || opened.current) return;
    opened.current = true;
    void validate().finally(() => onOpenedRef.current?.());
  }, [props.validateOnOpen, validate]);
  return (
    <Panel title={messages.validate.heading}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void validation.validate()}>
          {messages.validate.button}
        </Button>
        <Switch
          label={messages.validate.live}
          checked={validation.live}
          onChange={(_, data) => validation.setLive(data.checked)}
        />
      </div>
      {validation.running && <Spinner size="tiny" label={messages.validate.running} />}
      {validation.report && <ValidationResult report={validation.report} />}
    </Panel>
  );
}
