/**
 * The findings as `groupFindings` (src/plan) groups them: a heading per rule with its Swedish
 * title and count, and under it each problem once. A problem on one cell is a button that
 * activates its sheet and selects the cell; a problem on several cells says its message once
 * and lists a button per cell, shown at once for a few cells and behind "Visa alla N celler"
 * for more. Every cell stays one click from selecting it.
 */
import { useId, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  groupFindings,
  problemCells,
  type Finding,
  type FindingGroup,
  type FindingProblem,
} from "../../plan";
import { countOf } from "../format";
import { useMessages } from "../use-messages";
import { SeverityIcon } from "./severity-icon";

/** Up to this many cells of a problem are shown without asking. */
export const CELLS_SHOWN = 3;

const useStyles = makeStyles({
  group: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    margin: "10px 0 4px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    width: "100%",
    textAlign: "start",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    padding: "6px 8px",
  },
  plain: { display: "flex", flexDirection: "column", gap: "4px", padding: "6px 8px" },
  cells: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: "2px 4px",
  },
  cell: { fontWeight: tokens.fontWeightRegular, minWidth: "auto" },
  address: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type Select = (address: string) => void;

function SingleFinding(props: { finding: Finding; onSelect: Select }) {
  const messages = useMessages();
  const styles = useStyles();
  const { finding } = props;
  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <Text>{finding.message}</Text>
      <span className={styles.address}>
        {finding.address === null ? messages.validate.noCell : messages.validate.goTo(finding.address)}
      </span>
    </>
  );
  const { address } = finding;
  if (address === null) return <div className={styles.plain}>{content}</div>;
  return (
    <Button appearance="subtle" className={styles.finding} onClick={() => props.onSelect(address)}>
      {content}
    </Button>
  );
}

/** One message, many cells: the message once, then a button per cell. */
function ManyCells(props: { problem: FindingProblem; severity: Finding["severity"]; onSelect: Select }) {
  const messages = useMessages();
  const styles = useStyles();
  const messageId = useId();
  const cellsId = useId();
  const cells = problemCells(props.problem);
  const [open, setOpen] = useState(cells.length <= CELLS_SHOWN);
  return (
    <div className={styles.plain}>
      <SeverityIcon severity={props.severity} />
      <Text id={messageId}>{props.problem.message}</Text>
      <span className={styles.address}>{countOf(cells.length, messages.nouns.cell)}</span>
      {cells.length > CELLS_SHOWN && (
        <div>
          <Button
            appearance="secondary"
            size="small"
            aria-expanded={open}
            aria-controls={cellsId}
            onClick={() => setOpen(!open)}
          >
            {open ? messages.validate.hideCells : messages.validate.showCells(cells.length)}
          </Button>
        </div>
      )}
      {open && (
        <ul id={cellsId} className={styles.cells} aria-label={messages.validate.cellsLabel(cells.length)}>
          {cells.map((finding, i) => (
            <li key={`${finding.address}-${i}`}>
              <Button
                appearance="subtle"
                size="small"
                className={styles.cell}
                aria-describedby={messageId}
                onClick={() => props.onSelect(finding.address)}
              >
                {messages.validate.goTo(finding.address)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Problem(props: { problem: FindingProblem; group: FindingGroup; onSelect: Select }) {
  const { problem } = props;
  const first = problem.findings[0];
  if (first && problem.findings.length === 1)
    return <SingleFinding finding={first} onSelect={props.onSelect} />;
  return <ManyCells problem={problem} severity={props.group.severity} onSelect={props.onSelect} />;
}

function Group(props: { group: FindingGroup; onSelect: Select }) {
  const messages = useMessages();
  const styles = useStyles();
  const { group } = props;
  const label = messages.validate.groupLabel(group.severity, group.title, group.count);
  return (
    <div>
      <h3 className={styles.group} aria-label={label}>
        <SeverityIcon severity={group.severity} />
        <span>
          {group.title} ({group.count})
        </span>
      </h3>
      <ul className={styles.list} aria-label={label}>
        {group.problems.map((problem, i) => (
          <li key={`${problem.message}-${i}`}>
            <Problem problem={problem} group={group} onSelect={props.onSelect} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FindingList(props: { findings: readonly Finding[]; onSelect: Select }) {
  return (
    <>
      {groupFindings(props.findings).map((group) => (
        <Group key={`${group.severity}-${group.rule}`} group={group} onSelect={props.onSelect} />
      ))}
    </>
  );
}
