/**
 * A co-author saved the same follow-up after the form opened: nothing was written. Shows
 * the fields where the two versions differ, side by side, and asks which one holds.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { FollowUpEntry, FollowUpForm } from "../../../plan";
import { followUpSv as text } from "./follow-up-messages";

interface Difference {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

/** Each field whose text differs, labelled as the form labels it. */
export function differences(mine: FollowUpEntry, theirs: FollowUpForm): Difference[] {
  const other = theirs.entry;
  const pairs: [string, string, string][] = [
    [text.statusLabel, mine.status ?? "", other.status ?? ""],
    [text.commentLabel, mine.comment, other.comment],
    [text.doneLabel, mine.done, other.done],
    [text.meetingsLabel, mine.meetings, other.meetings],
    ...theirs.indicators.map((i): [string, string, string] => [
      text.outcomeLabel(i.name, i.unit),
      mine.outcomes[i.name] ?? "",
      other.outcomes[i.name] ?? "",
    ]),
    [text.summaryLabel, mine.summary, other.summary],
    [text.analysisLabel, mine.analysis, other.analysis],
    [text.nextStepsLabel, mine.nextSteps, other.nextSteps],
  ];
  return pairs
    .filter(([, a, b]) => a.trim() !== b.trim())
    .map(([label, a, b]) => ({ label, mine: a, theirs: b }));
}

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "8px" },
  cell: { whiteSpace: "pre-wrap", verticalAlign: "top" },
});

export interface ConflictViewProps {
  readonly mine: FollowUpEntry;
  readonly theirs: FollowUpForm;
  readonly busy: boolean;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

export function ConflictView(props: ConflictViewProps) {
  const styles = useStyles();
  const rows = differences(props.mine, props.theirs);
  const by = props.theirs.reportedBy;
  return (
    <div role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.conflictTitle}</MessageBarTitle> {text.conflictText}
          {by && ` ${text.conflictBy(by)}`}
        </MessageBarBody>
      </MessageBar>
      <Table size="small" aria-label={text.conflictTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.conflictField}</TableHeaderCell>
            <TableHeaderCell>{text.conflictMine}</TableHeaderCell>
            <TableHeaderCell>{text.conflictTheirs}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableCell className={styles.cell}>{row.label}</TableCell>
              <TableCell className={styles.cell}>{row.mine || text.empty}</TableCell>
              <TableCell className={styles.cell}>{row.theirs || text.empty}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onKeepMine} disabledFocusable={props.busy}>
          {text.keepMine}
        </Button>
        <Button onClick={props.onTakeTheirs} disabledFocusable={props.busy}>
          {text.takeTheirs}
        </Button>
      </div>
    </div>
  );
}
