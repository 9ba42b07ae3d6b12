/**
 * "Rapportera uppföljning": the convener picks a period (the next deadline's by default) and
 * an activity (their own first), fills in the form and saves exactly that activity's rows.
 * Below, "Rapporteringsläge": who has reported, with "Rapportera" and "Påminn" per activity.
 * Loaded lazily: none of this is in the pane's start-up bundle.
 */
import { useCallback, useEffect, useId, useState } from "react";
import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { readReportingState, type Period, type ReportingView, type UserIdentity } from "../../../plan";
import { parseYear } from "../../format";
import { useTaskPane } from "../../task-pane-context";
import { Panel } from "../panel";
import { PeriodFields, type PeriodChoice } from "../period-fields";
import { FollowUpFormView } from "./follow-up-form-view";
import { followUpSv as text } from "./follow-up-messages";
import { browserNameStore } from "./reporter-name";
import { ReportingList } from "./reporting-list";

const useStyles = makeStyles({
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
  statusHead: { display: "flex", alignItems: "center", justifyContent: "space-between", marginTop: "8px" },
});

export function FollowUpPanel() {
  const styles = useStyles();
  const services = useTaskPane();
  const { port, today, fail } = services;
  const nameStore = services.nameStore ?? browserNameStore;
  /** The period shown: the next deadline's once read, then the user's. */
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  /** The period to read: none until the user picks one (then the next deadline's). */
  const [request, setRequest] = useState<{ period: Period; year: number } | null>(null);
  const [name, setName] = useState(() => nameStore.get() ?? "");
  const [hostIdentity, setHostIdentity] = useState<UserIdentity | null>(null);
  const [view, setView] = useState<ReportingView | null>(null);
  const [selected, setSelected] = useState("");
  const [opened, setOpened] = useState<{ nr: string; serial: number } | null>(null);
  const [version, setVersion] = useState(0);
  const statusId = useId();

  useEffect(() => {
    let current = true;
    void services.identity?.().then(
      (identity) => current && setHostIdentity(identity),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [services]);

  // The period's state, read again after every save and on "Uppdatera".
  useEffect(() => {
    let current = true;
    const identity = { name: name.trim() || hostIdentity?.name || null, email: hostIdentity?.email ?? null };
    port.readSnapshot().then(
      (snapshot) => {
        if (!current) return;
        try {
          const next = readReportingState(snapshot, {
            ...(request ? { period: request } : {}),
            checkDate: today,
            workbookUrl: services.documentUrl ?? null,
            identity,
          });
          setView(next);
          setChoice(
            (shown) => shown ?? { period: next.overview.period, yearText: String(next.overview.year) },
          );
        } catch (error) {
          fail(error);
        }
      },
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
    // The name orders the activities once it is remembered (on leaving the field, which reads again).
  }, [port, today, request, version, hostIdentity, services.documentUrl, fail]);

  const rememberName = () => {
    const trimmed = name.trim();
    if (trimmed !== "" && trimmed !== nameStore.get()) nameStore.set(trimmed);
    setVersion((v) => v + 1);
  };

  const openForm = useCallback((nr: string) => {
    setSelected(nr);
    setOpened((o) => ({ nr, serial: (o?.serial ?? 0) + 1 }));
  }, []);

  const year = choice === null ? null : parseYear(choice.yearText);
  const key = opened && choice && year !== null ? { nr: opened.nr, period: choice.period, year } : null;
  const own = view?.choices.filter((c) => c.own) ?? [];
  const others = view?.choices.filter((c) => !c.own) ?? [];
  const option = (c: { nr: string; name: string }) => (
    <option key={c.nr} value={c.nr}>
      {c.nr} {c.name}
    </option>
  );

  return (
    <Panel title={text.heading}>
      <Text>{text.intro}</Text>
      {choice === null ? (
        <Spinner size="tiny" label={text.loading} />
      ) : (
        <PeriodFields
          value={choice}
          onChange={(next) => {
            setChoice(next);
            setOpened(null);
            const year = parseYear(next.yearText);
            if (year !== null) setRequest({ period: next.period, year });
          }}
        />
      )}
      <Field label={text.reporterLabel} hint={text.reporterHint}>
        <Input value={name} autoComplete="name" onChange={(_, d) => setName(d.value)} onBlur={rememberName} />
      </Field>
      {view && view.choices.length === 0 && <Text>{text.noActivities}</Text>}
      {view && view.choices.length > 0 && (
        <Field label={text.activityLabel}>
          <Select
            className={styles.control}
            value={selected}
            onChange={(_, data) => {
              if (data.value !== "") openForm(data.value);
            }}
          >
            <option value="">{text.chooseActivity}</option>
            {own.length > 0 ? (
              <>
                <optgroup label={text.ownGroup}>{own.map(option)}</optgroup>
                <optgroup label={text.otherGroup}>{others.map(option)}</optgroup>
              </>
            ) : (
              others.map(option)
            )}
          </Select>
        </Field>
      )}
      {key && (
        <FollowUpFormView
          key={`${key.nr} ${key.period} ${key.year} ${opened?.serial ?? 0}`}
          formKey={key}
          reporterName={name.trim() || hostIdentity?.name || null}
          onSaved={() => setVersion((v) => v + 1)}
          onClose={() => {
            setOpened(null);
            setSelected("");
          }}
        />
      )}
      <div className={styles.statusHead}>
        <h3 id={statusId} className={styles.subheading}>
          {text.statusHeading}
        </h3>
        <Button size="small" appearance="subtle" onClick={() => setVersion((v) => v + 1)}>
          {text.refresh}
        </Button>
      </div>
      {view ? (
        <ReportingList overview={view.overview} reminders={view.reminders} onReport={openForm} />
      ) : (
        <Spinner size="tiny" label={text.loading} />
      )}
    </Panel>
  );
}
