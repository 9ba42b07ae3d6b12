/** The period (T1, T2, VB) and year a report or the follow-up preparation is for. */
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { PERIODS, latestEndedPeriod, type Period } from "../../plan";
import { parseYear } from "../format";
import { useMessages } from "../use-messages";

export interface PeriodChoice {
  readonly period: Period;
  /** The year as typed, checked with `parseYear`. */
  readonly yearText: string;
}

/** The latest period whose end has passed on `today`. */
export function defaultPeriodChoice(today: string): PeriodChoice {
  const { period, year } = latestEndedPeriod(today);
  return { period, yearText: String(year) };
}

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 6em", gap: "8px", alignItems: "start" },
  control: { minWidth: 0 },
});

function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

export function PeriodFields(props: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  const messages = useMessages();
  const styles = useStyles();
  const { value, onChange } = props;
  const yearValid = parseYear(value.yearText) !== null;
  return (
    <div className={styles.row}>
      <Field label={messages.period.label}>
        <Select
          className={styles.control}
          value={value.period}
          onChange={(_, data) => {
            if (isPeriod(data.value)) onChange({ ...value, period: data.value });
          }}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {messages.period.names[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={messages.period.yearLabel}
        validationState={yearValid ? "none" : "error"}
        validationMessage={yearValid ? undefined : messages.period.badYear}
      >
        <Input
          className={styles.control}
          inputMode="numeric"
          value={value.yearText}
          onChange={(_, data) => onChange({ ...value, yearText: data.value })}
        />
      </Field>
    </div>
  );
}
