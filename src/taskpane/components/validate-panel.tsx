/**
 * "Validera plan": a progress indicator while it runs, then the counts and what they mean, a
 * severity filter and the findings grouped by rule and problem. "Kontrollera medan jag skriver" re-validates after edits.
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  makeStyles,
} from "@fluentui/react-components";
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
  filter: { flexWrap: "wrap" },
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
          <Field label={messages.validate.filterLabel}>
            <RadioGroup
              className={styles.filter}
              layout="horizontal"
              value={filter}
              onChange={(_, data) => setFilter(data.value as Filter)}
            >
              {FILTERS.map((f) => (
                <Radio key={f} value={f} label={label(f)} />
              ))}
            </RadioGroup>
          </Field>
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

export function ValidatePanel(props: { liveDelayMs?: number; validateOnOpen?: boolean }) {
  const messages = useMessages();
  const styles = useStyles();
  const validation = useValidation(props.liveDelayMs);
  const opened = useRef(false);
  const { validate } = validation;
  useEffect(() => {
    if (!props.validateOnOpen || opened.current) return;
    opened.current = true;
    void validate();
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
