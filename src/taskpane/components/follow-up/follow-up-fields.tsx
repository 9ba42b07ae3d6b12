/**
 * The follow-up form's fields: what the plan asks, each labelled, with the validator's own
 * message beside the field it concerns (errors and warnings), so a screen reader hears it
 * with the field.
 */
import type { ReactNode } from "react";
import { Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  CELL_STYLES,
  GOAL_STATUSES,
  type FollowUpEntry,
  type FollowUpForm,
  type FormCheck,
  type FormField,
  type GoalStatus,
} from "../../../plan";
import { followUpSv as text } from "./follow-up-messages";

const STATUS_FILL: Readonly<Record<GoalStatus, string | null>> = {
  Uppfyllt: CELL_STYLES["status-met"].fill,
  "Delvis uppfyllt": CELL_STYLES["status-partly"].fill,
  "Ej uppfyllt": CELL_STYLES["status-not-met"].fill,
  "Ej bedömt": CELL_STYLES["status-not-assessed"].fill,
};

const useStyles = makeStyles({
  status: { display: "inline-flex", alignItems: "center", gap: "6px" },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    borderRadius: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  group: { display: "flex", flexDirection: "column", gap: "8px", margin: 0, padding: 0, border: "none" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: "4px" },
});

/** The messages on one field: errors first, as Field shows one state. */
function fieldState(check: FormCheck | null, field: FormField) {
  const findings = (check?.findings ?? []).filter((f) => f.field === field).map((f) => f.finding);
  if (findings.length === 0) return { validationState: "none" as const };
  const error = findings.some((f) => f.severity === "error");
  return {
    validationState: error ? ("error" as const) : ("warning" as const),
    validationMessage: findings.map((f) => f.message).join(" "),
  };
}

export interface FollowUpFieldsProps {
  readonly form: FollowUpForm;
  readonly entry: FollowUpEntry;
  readonly check: FormCheck | null;
  readonly onChange: (entry: FollowUpEntry) => void;
}

function Group(props: { legend: string; hint?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.hint && <div>{props.hint}</div>}
      {props.children}
    </fieldset>
  );
}

export function FollowUpFields({ form, entry, check, onChange }: FollowUpFieldsProps) {
  const styles = useStyles();
  const set = (change: Partial<FollowUpEntry>) => onChange({ ...entry, ...change });
  const planned =
    form.plannedMeetings !== null && form.activity.meetingFrequency
      ? text.meetingsPlanned(form.activity.meetingFrequency, form.plannedMeetings)
      : undefined;
  return (
    <>
      <Field label={text.statusLabel} required {...fieldState(check, "status")}>
        <RadioGroup
          value={entry.status ?? ""}
          onChange={(_, data) => set({ status: GOAL_STATUSES.find((s) => s === data.value) ?? null })}
        >
          {GOAL_STATUSES.map((status) => (
            <Radio
              key={status}
              value={status}
              label={
                <span className={styles.status}>
                  <span
                    aria-hidden="true"
                    className={styles.swatch}
                    style={{ backgroundColor: `#${STATUS_FILL[status] ?? "FFFFFF"}` }}
                  />
                  {text.statusNames[status]}
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={text.commentLabel} hint={text.commentHint} {...fieldState(check, "comment")}>
        <Textarea value={entry.comment} resize="vertical" onChange={(_, d) => set({ comment: d.value })} />
      </Field>
      <Field label={text.doneLabel} hint={text.doneHint} required {...fieldState(check, "done")}>
        <Textarea value={entry.done} resize="vertical" onChange={(_, d) => set({ done: d.value })} />
      </Field>
      <Field label={text.meetingsLabel} hint={planned} {...fieldState(check, "meetings")}>
        <Input inputMode="numeric" value={entry.meetings} onChange={(_, d) => set({ meetings: d.value })} />
      </Field>
      {form.indicators.length > 0 && (
        <Group legend={text.outcomesHeading}>
          {form.indicators.map((indicator) => (
            <Field
              key={indicator.name}
              label={text.outcomeLabel(indicator.name, indicator.unit)}
              hint={
                indicator.target === null
                  ? undefined
                  : text.outcomeTarget(String(indicator.target).replace(".", ","))
              }
              {...fieldState(check, `outcome:${indicator.name}`)}
            >
              <Input
                inputMode="decimal"
                value={entry.outcomes[indicator.name] ?? ""}
                onChange={(_, d) => set({ outcomes: { ...entry.outcomes, [indicator.name]: d.value } })}
              />
            </Field>
          ))}
        </Group>
      )}
      {form.area && form.rows.assessment && (
        <Group legend={text.assessmentHeading(form.area.nr, form.area.name)} hint={text.assessmentHint}>
          <Field label={text.summaryLabel} {...fieldState(check, "summary")}>
            <Textarea
              value={entry.summary}
              resize="vertical"
              onChange={(_, d) => set({ summary: d.value })}
            />
          </Field>
          <Field label={text.analysisLabel} {...fieldState(check, "analysis")}>
            <Textarea
              value={entry.analysis}
              resize="vertical"
              onChange={(_, d) => set({ analysis: d.value })}
            />
          </Field>
          <Field label={text.nextStepsLabel} {...fieldState(check, "nextSteps")}>
            <Textarea
              value={entry.nextSteps}
              resize="vertical"
              onChange={(_, d) => set({ nextSteps: d.value })}
            />
          </Field>
        </Group>
      )}
    </>
  );
}
