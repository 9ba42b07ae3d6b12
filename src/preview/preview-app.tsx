/**
 * The preview page: a header to open, start and download a workbook; the workbook on the
 * left and the add-in's task pane on the right, working on it through the exceljs adapter
 * (loaded after the page has painted: lazy-workbook.ts).
 * A workbook can also be dropped anywhere on the page. Nothing is sent anywhere.
 */
import { useCallback, useEffect, useState, type DragEvent } from "react";
import { Spinner } from "@fluentui/react-components";
import { TaskPane } from "../taskpane/App";
import { previewText } from "./messages";
import { downloadWorkbook, newPlan, openFile, type OpenedWorkbook } from "./opened-workbook";
import { PageHeader } from "./page-header";
import { usePageStyles } from "./page-styles";
import { LazyWorkbookView } from "./lazy-workbook-view";

export interface PreviewAppProps {
  /** The workbook to start with (the example plan), still loading. */
  readonly initial: Promise<OpenedWorkbook>;
  /** Today as `YYYY-MM-DD`, for the task pane. */
  readonly today: string;
}

function hasUserMessage(error: unknown): error is { userMessage: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "userMessage" in error &&
    typeof error.userMessage === "string"
  );
}

const messageOf = (error: unknown) => (hasUserMessage(error) ? error.userMessage : previewText.unexpected);

export function PreviewApp(props: PreviewAppProps) {
  const styles = usePageStyles();
  const [opened, setOpened] = useState<OpenedWorkbook | null>(null);
  const [busy, setBusy] = useState<string | null>(previewText.loadingExample);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // The workbook whose task pane has shown its first result: its grid may load now.
  const [settled, setSettled] = useState<number | null>(null);
  const openedId = opened?.id ?? null;
  const onSettled = useCallback(() => setSettled(openedId), [openedId]);

  useEffect(() => {
    let current = true;
    props.initial.then(
      (workbook) => {
        if (!current) return;
        setOpened((open) => open ?? workbook);
        setBusy(null);
      },
      () => {
        if (!current) return;
        setError(previewText.exampleMissing);
        setBusy(null);
      },
    );
    return () => {
      current = false;
    };
  }, [props.initial]);

  const replaceWith = useCallback(async (label: string, open: () => Promise<OpenedWorkbook>) => {
    setBusy(label);
    setError(null);
    try {
      setOpened(await open());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }, []);

  const openPicked = useCallback(
    (file: File | undefined) => {
      if (file) void replaceWith(previewText.opening(file.name), () => openFile(file));
    },
    [replaceWith],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    setError(null);
    try {
      await downloadWorkbook(opened);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [opened]);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null || !event.currentTarget.contains(event.relatedTarget as Node))
      setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openPicked(event.dataTransfer.files[0]);
  };

  return (
    <div className={styles.page} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <PageHeader
        fileName={opened?.fileName ?? null}
        busy={opened ? busy : null}
        error={error}
        onOpen={openPicked}
        onNewPlan={() => void replaceWith(previewText.newPlan, () => newPlan(previewText.newPlanFile))}
        onDownload={opened ? () => void download() : null}
        onDismissError={() => setError(null)}
      />
      <div className={styles.body}>
        <section aria-label={previewText.workbook} className={styles.workbook}>
          {opened ? (
            <LazyWorkbookView
              key={opened.id}
              workbook={opened.workbook}
              host={opened.host}
              className={styles.loading}
              start={settled === opened.id}
            />
          ) : (
            busy !== null && <Spinner className={styles.loading} label={busy} />
          )}
        </section>
        <div className={styles.pane}>
          {opened && (
            <TaskPane
              key={opened.id}
              port={opened.port}
              host={opened.host}
              today={props.today}
              validateOnOpen
              onSettled={onSettled}
            />
          )}
        </div>
      </div>
      {dragging && (
        <div className={styles.dropOverlay} aria-hidden="true">
          {previewText.dropHere}
        </div>
      )}
    </div>
  );
}
