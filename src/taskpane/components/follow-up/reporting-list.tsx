/**
 * "Rapporteringsläge": every activity of the period with its convener and where it stands,
 * the days left to the deadline, a button that opens the activity's form and, where the
 * follow-up is missing, "Påminn": the convener's reminder as a mailto: link.
 */
import { Badge, Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActivityReporting, Reminder, ReportingOverview, ReportingState } from "../../../plan";
import { mailtoOf } from "../../../plan";
import { followUpSv as text } from "./follow-up-messages";

const BADGE: Readonly<Record<ReportingState, "success" | "warning" | "danger" | "informative">> = {
  reported: "success",
  late: "warning",
  overdue: "danger",
  waiting: "informative",
};

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: "6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export interface ReportingListProps {
  readonly overview: ReportingOverview;
  readonly reminders: readonly Reminder[];
  readonly onReport: (nr: string) => void;
}

function reminderFor(reminders: readonly Reminder[], nr: string): Reminder | undefined {
  return reminders.find((r) => r.activities.some((a) => a.nr === nr));
}

function Item(props: { activity: ActivityReporting; reminder: Reminder | undefined; onReport: () => void }) {
  const styles = useStyles();
  const { activity, reminder } = props;
  const convener = activity.convener ?? text.noConvener;
  return (
    <li className={styles.item}>
      <Text className={styles.name}>
        {activity.nr} {activity.name}
      </Text>
      <Text size={200}>{convener}</Text>
      <div className={styles.line}>
        <Badge appearance="tint" color={BADGE[activity.state]}>
          {activity.text}
        </Badge>
        <Button size="small" onClick={props.onReport} aria-label={text.reportActivity(activity.nr)}>
          {text.report}
        </Button>
        {reminder && (
          <Link href={mailtoOf(reminder.draft)} aria-label={text.remindActivity(activity.nr, convener)}>
            {text.remind}
          </Link>
        )}
      </div>
    </li>
  );
}

export function ReportingList({ overview, reminders, onReport }: ReportingListProps) {
  const styles = useStyles();
  return (
    <>
      <Text>
        {text.deadline(overview.period, overview.year, overview.deadlineText)} {overview.summary}.
      </Text>
      <ul className={styles.list} aria-label={text.listLabel(overview.period, overview.year)}>
        {overview.activities.map((activity) => (
          <Item
            key={activity.nr}
            activity={activity}
            reminder={reminderFor(reminders, activity.nr)}
            onReport={() => onReport(activity.nr)}
          />
        ))}
      </ul>
    </>
  );
}
