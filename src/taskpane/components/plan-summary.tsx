/** The plan the pane found: its title, district and year from the Plan table. */
import { Text, makeStyles } from "@fluentui/react-components";
import type { PlanInfo } from "../../plan";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "12px",
    rowGap: "4px",
    margin: 0,
  },
  term: { fontWeight: 600 },
  value: { margin: 0 },
});

export function PlanSummary(props: { info: PlanInfo | null }) {
  const messages = useMessages();
  const styles = useStyles();
  const { info } = props;
  const text = (value: string | number | null) => (value === null ? messages.plan.notGiven : String(value));
  return (
    <Panel title={messages.plan.heading}>
      {info === null ? (
        <Text>{messages.plan.noPlanTable}</Text>
      ) : (
        <dl className={styles.facts}>
          <dt className={styles.term}>{messages.plan.title}</dt>
          <dd className={styles.value}>{text(info.title)}</dd>
          <dt className={styles.term}>{messages.plan.district}</dt>
          <dd className={styles.value}>{text(info.district)}</dd>
          <dt className={styles.term}>{messages.plan.year}</dt>
          <dd className={styles.value}>{text(info.year)}</dd>
        </dl>
      )}
    </Panel>
  );
}
