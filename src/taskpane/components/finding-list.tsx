/**
 * The findings grouped by table, in the validator's order. Each finding with a cell is a
 * button that activates its sheet and selects the cell; the rest are plain list items.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, TableName } from "../../plan";
import { useMessages } from "../use-messages";
import { SeverityIcon } from "./severity-icon";

const useStyles = makeStyles({
  group: { margin: "8px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
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
  plain: { display: "flex", flexDirection: "column", gap: "2px", padding: "6px 8px" },
  address: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function groupByTable(findings: readonly Finding[]): [TableName, Finding[]][] {
  const groups = new Map<TableName, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.table);
    if (group) group.push(f);
    else groups.set(f.table, [f]);
  }
  return [...groups];
}

function FindingContent(props: { finding: Finding }) {
  const messages = useMessages();
  const styles = useStyles();
  const { finding } = props;
  return (
    <>
      <SeverityIcon severity={finding.severity} />
      <Text>{finding.message}</Text>
      <span className={styles.address}>
        {finding.address === null ? messages.validate.noCell : messages.validate.goTo(finding.address)}
      </span>
    </>
  );
}

export function FindingList(props: { findings: readonly Finding[]; onSelect: (address: string) => void }) {
  const messages = useMessages();
  const styles = useStyles();
  return (
    <>
      {groupByTable(props.findings).map(([table, findings]) => {
        const title = `${messages.tables[table]} (${findings.length})`;
        return (
          <div key={table}>
            <h3 className={styles.group}>{title}</h3>
            <ul className={styles.list} aria-label={title}>
              {findings.map((finding, i) => (
                <li key={`${finding.rule}-${finding.address ?? ""}-${i}`}>
                  {finding.address === null ? (
                    <div className={styles.plain}>
                      <FindingContent finding={finding} />
                    </div>
                  ) : (
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      onClick={() => finding.address !== null && props.onSelect(finding.address)}
                    >
                      <FindingContent finding={finding} />
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
