/**
 * The task pane: the plan found in the workbook, "Validera plan", "Tertialrapport",
 * "Förbered uppföljning" and "Ny plan för nästa år", or the template and the import in a
 * workbook without a plan; and "Koppla plan" wherever the workbook port can bind. What the
 * first screen does not need to start is loaded when it is shown (components/lazy-panels.ts).
 * Talks only to use cases, a workbook port and a host, all given as props, so the add-in
 * (Office.js) and the preview page (exceljs) host the same component.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../excel";
import type { UserIdentity, WorkbookHost, WorkbookPort } from "../plan";
import { FeedbackBar, type FeedbackMessage } from "./components/feedback-bar";
import type { NameStore } from "./components/follow-up/reporter-name";
import {
  BindPanel,
  EmptyWorkbookPanel,
  FollowUpPanel,
  NextYearPanel,
  PreparePanel,
  ReportPanel,
  SharePointPanel,
} from "./components/lazy-panels";
import { PlanSummary } from "./components/plan-summary";
import { ValidatePanel } from "./components/validate-panel";
import { downloadFile, type SaveFile } from "./download";
import { SelfCheckPart } from "./self-check/self-check-part";
import { userMessageOf } from "./format";
import { canBind } from "./hooks/can-bind";
import { usePlanSummary } from "./hooks/use-plan-summary";
import { sv, type Messages } from "./messages";
import type { SharePointConnection } from "./sharepoint/connection";
import { TaskPaneContext, type TaskPaneServices } from "./task-pane-context";
import { MessagesContext } from "./use-messages";

export interface TaskPaneProps {
  readonly port: WorkbookPort;
  readonly host: WorkbookHost;
  /** Today as `YYYY-MM-DD`. */
  readonly today: string;
  /** The message catalog; Swedish by default. */
  readonly messages?: Messages;
  /** Quiet time after an edit before "Kontrollera medan jag skriver" validates (ms). */
  readonly liveDelayMs?: number;
  /**
   * The workbook's place in SharePoint (the add-in gives one); without it the pane shows
   * nothing of SharePoint, as on the preview page.
   */
  readonly sharePoint?: SharePointConnection;
  /**
   * Validate once as soon as the plan is found (the preview page does). The rest of the
   * pane (its lazily loaded parts) then waits until that first result is shown, so the
   * answer the user opened the page for comes first.
   */
  readonly validateOnOpen?: boolean;
  /**
   * Called once the pane's first screen is complete: the first validation shown (with
   * `validateOnOpen`), or at once otherwise. The preview page loads its grid after it.
   */
  readonly onSettled?: () => void;
  /** How a file the pane makes (the report as .docx) reaches the user; the browser's download by default. */
  readonly saveFile?: SaveFile;
  /** "Kontrollera tillägget", the Excel part (the add-in gives it); without it no link is shown. */
  readonly selfCheck?: () => Promise<readonly CheckResult[]>;
  /** Open "Kontrollera tillägget" at once (`?diagnostik` in the pane's address). */
  readonly openSelfCheck?: boolean;
  /** Who uses the pane (the add-in asks Office for the signed-in account); unknown without it. */
  readonly identity?: () => Promise<UserIdentity | null>;
  /** Where the reporter's name is remembered; the browser's storage by default (tests pass their own). */
  readonly nameStore?: NameStore;
}

const useStyles = makeStyles({
  root: {
    padding: "12px",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: "0 0 12px" },
});

export function TaskPane(props: TaskPaneProps) {
  const { port, host, today, liveDelayMs } = props;
  const messages = props.messages ?? sv;
  const styles = useStyles();
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  const fail = useCallback(
    (error: unknown) => setFeedback({ kind: "error", text: userMessageOf(error, messages), details: [] }),
    [messages],
  );
  const succeed = useCallback(
    (text: string, details: readonly string[] = []) => setFeedback({ kind: "success", text, details }),
    [],
  );
  const warn = useCallback(
    (text: string, details: readonly string[], after: string) =>
      setFeedback({ kind: "warning", text, details, after }),
    [],
  );
  const clear = useCallback(() => setFeedback(null), []);
  const { state, reload } = usePlanSummary(port, fail);
  // Without a plan to validate there is no first result to wait for.
  const [validatedOnOpen, setValidatedOnOpen] = useState(false);
  const settled =
    !props.validateOnOpen || validatedOnOpen || state.kind === "empty" || state.kind === "failed";
  const onOpened = useCallback(() => setValidatedOnOpen(true), []);
  const { onSettled } = props;
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);
  // "Koppla plan", where the port can bind: first when a binding is broken, else last.
  const broken = state.kind === "plan" || state.kind === "empty" ? state.brokenBindings : [];
  const bindPanel = canBind(port) && <BindPanel port={port} brokenBindings={broken} />;
  const bindFirst = broken.length > 0;

  const saveFile = props.saveFile ?? downloadFile;
  const { identity, nameStore } = props;
  const documentUrl = props.sharePoint?.documentUrl || undefined;
  const services = useMemo<TaskPaneServices>(
    () => ({
      port,
      host,
      today,
      fail,
      succeed,
      warn,
      clear,
      reloadPlan: reload,
      saveFile,
      ...(identity ? { identity } : {}),
      ...(nameStore ? { nameStore } : {}),
      ...(documentUrl ? { documentUrl } : {}),
    }),
    [port, host, today, fail, succeed, warn, clear, reload, saveFile, identity, nameStore, documentUrl],
  );

  return (
    <MessagesContext.Provider value={messages}>
      <TaskPaneContext.Provider value={services}>
        <main className={styles.root} lang={messages.lang}>
          <h1 className={styles.title}>{messages.appTitle}</h1>
          <FeedbackBar message={feedback} onDismiss={clear} />
          {state.kind === "loading" && <Spinner size="small" label={messages.loading} />}
          {state.kind === "failed" && <Button onClick={reload}>{messages.plan.reload}</Button>}
          {state.kind === "empty" && (
            <>
              {bindFirst && bindPanel}
              <EmptyWorkbookPanel />
              {!bindFirst && bindPanel}
            </>
          )}
          {state.kind === "plan" && (
            <>
              <PlanSummary info={state.info} />
              {bindFirst && bindPanel}
              <ValidatePanel
                liveDelayMs={liveDelayMs}
                validateOnOpen={props.validateOnOpen}
                onOpened={onOpened}
              />
              {settled && (
                <>
                  <FollowUpPanel />
                  <ReportPanel />
                  {props.sharePoint && <SharePointPanel connection={props.sharePoint} />}
                  <PreparePanel />
                  <NextYearPanel />
                  {!bindFirst && bindPanel}
                </>
              )}
            </>
          )}
          {props.selfCheck && (
            <SelfCheckPart
              runExcelChecks={props.selfCheck}
              sharePoint={props.sharePoint}
              open={props.openSelfCheck}
            />
          )}
        </main>
      </TaskPaneContext.Provider>
    </MessagesContext.Provider>
  );
}
