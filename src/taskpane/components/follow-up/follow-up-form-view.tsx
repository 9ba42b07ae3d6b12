/**
 * The form for one activity and period: opened from the workbook as it is now, checked with
 * the validator's rules before saving, saved in one batch. A co-author's change since it
 * opened is shown beside the user's own and nothing is overwritten without asking.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  cellAddress,
  checkFollowUpEntry,
  deadlineText,
  openFollowUpForm,
  saveFollowUp,
  swedishDate,
  type FollowUpEntry,
  type FollowUpForm,
  type FollowUpKey,
  type FormCheck,
} from "../../../plan";
import { useTask } from "../../hooks/use-task";
import { useTaskPane } from "../../task-pane-context";
import { ConflictView } from "./conflict-view";
import { FollowUpFields } from "./follow-up-fields";
import { followUpSv as text } from "./follow-up-messages";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    padding: "10px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FollowUpFormViewProps {
  readonly formKey: FollowUpKey;
  /** Rapporterad av; null leaves it as the workbook has it. */
  readonly reporterName: string | null;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/** The first cell of the follow-up row, to show it in the workbook. */
function rowAddress(form: FollowUpForm): string | null {
  const { location, row } = form.rows.followUp;
  return row === null ? null : cellAddress(location.sheet, location.top + row, location.left);
}

export function FollowUpFormView({ formKey, reporterName, onSaved, onClose }: FollowUpFormViewProps) {
  const styles = useStyles();
  const { port, host, today, fail, succeed } = useTaskPane();
  const { busy, run } = useTask();
  const [form, setForm] = useState<FollowUpForm | null>(null);
  const [entry, setEntry] = useState<FollowUpEntry | null>(null);
  const [check, setCheck] = useState<FormCheck | null>(null);
  const [theirs, setTheirs] = useState<FollowUpForm | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reporter = { name: reporterName, date: today };

  useEffect(() => {
    let current = true;
    port
      .readSnapshot()
      .then((snapshot) => openFollowUpForm(snapshot, formKey))
      .then(
        (opened) => {
          if (!current) return;
          setForm(opened);
          setEntry(opened.entry);
        },
        (error: unknown) => current && fail(error),
      );
    return () => {
      current = false;
    };
  }, [port, formKey, fail]);

  useEffect(() => {
    if (form) headingRef.current?.focus();
  }, [form]);

  if (!form || !entry) return <Spinner size="tiny" label={text.loading} />;

  const change = (next: FollowUpEntry) => {
    setEntry(next);
    // Once the form has said what is wrong, it says it again as the user corrects it.
    if (check !== null) setCheck(checkFollowUpEntry(form, next, reporter, today));
  };

  const save = async (base: FollowUpForm) => {
    const result = await run(() => saveFollowUp(port, base, entry, { reporter, checkDate: today }));
    if (!result) return;
    if (result.kind === "invalid") {
      setCheck(result.check);
      return;
    }
    if (result.kind === "changed") {
      setTheirs(result.theirs);
      return;
    }
    setTheirs(null);
    setForm(result.form);
    setEntry(result.form.entry);
    setCheck(checkFollowUpEntry(result.form, result.form.entry, reporter, today));
    succeed(text.saved(formKey.nr, formKey.period, formKey.year));
    onSaved();
    const address = rowAddress(result.form);
    if (address !== null) await host.selectAddress(address).catch(() => undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(form);
  };

  const errors = (check?.findings ?? []).filter((f) => f.field !== null && f.finding.severity === "error");
  const heading = text.formHeading(form.activity.nr, form.activity.name, formKey.period, formKey.year);
  return (
    <form className={styles.form} aria-label={heading} onSubmit={submit} noValidate>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {heading}
      </h3>
      {form.activity.convener && <Text size={200}>{text.convener(form.activity.convener)}</Text>}
      {form.activity.measurableGoals && (
        <Text size={200}>{text.measurableGoals(form.activity.measurableGoals)}</Text>
      )}
      <Text size={200}>{text.deadlineLine(deadlineText(today, form.deadline))}</Text>
      <FollowUpFields form={form} entry={entry} check={check} onChange={change} />
      <Text size={200}>
        {reporterName
          ? text.reportedLine(reporterName, swedishDate(today))
          : text.reportedLineNoName(swedishDate(today))}
      </Text>
      <div role="alert" className={styles.errors}>
        {errors.length > 0 ? text.invalid(errors.length) : ""}
      </div>
      {theirs && (
        <ConflictView
          mine={entry}
          theirs={theirs}
          busy={busy}
          onKeepMine={() => void save(theirs)}
          onTakeTheirs={() => {
            setForm(theirs);
            setEntry(theirs.entry);
            setTheirs(null);
            setCheck(null);
          }}
        />
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {text.save}
        </Button>
        <Button onClick={onClose}>{text.close}</Button>
      </div>
      {busy && <Spinner size="tiny" label={text.saving} />}
    </form>
  );
}
