/**
 * The page's header: what the page is, that nothing leaves the browser, and the three
 * actions (open a workbook, start a new plan, download the workbook as it is now), with
 * the open file's name, progress and any fault opening a file.
 */
import type { ChangeEvent } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { previewText } from "./messages";
import { usePageStyles } from "./page-styles";

/** What the file picker offers: Excel workbooks (any file can still be dropped). */
const WORKBOOK_TYPES = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface PageHeaderProps {
  readonly fileName: string | null;
  /** What is in progress ("Öppnar plan.xlsx …"), or null. */
  readonly busy: string | null;
  readonly error: string | null;
  readonly onOpen: (file: File | undefined) => void;
  readonly onNewPlan: () => void;
  /** Null while no workbook is open. */
  readonly onDownload: (() => void) | null;
  readonly onDismissError: () => void;
}

export function PageHeader(props: PageHeaderProps) {
  const styles = usePageStyles();
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    props.onOpen(event.target.files?.[0]);
    // Picking the same file again opens it again.
    event.target.value = "";
  };
  return (
    <header className={styles.header}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{previewText.title}</h1>
        <Text className={styles.privacy}>{previewText.privacy}</Text>
      </div>
      <div className={styles.actions}>
        <label className={styles.fileButton}>
          <input type="file" accept={WORKBOOK_TYPES} className={styles.fileInput} onChange={picked} />
          {previewText.open}
        </label>
        <Button onClick={props.onNewPlan}>{previewText.newPlan}</Button>
        <Button
          appearance="primary"
          onClick={props.onDownload ?? undefined}
          disabled={props.onDownload === null}
        >
          {previewText.download}
        </Button>
      </div>
      <div className={styles.status}>
        {props.busy !== null ? (
          <Spinner size="tiny" label={props.busy} />
        ) : (
          props.fileName !== null && <Text size={200}>{previewText.openFile(props.fileName)}</Text>
        )}
      </div>
      {props.error !== null && (
        <div role="alert" className={styles.error}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{previewText.errorTitle}</MessageBarTitle>
              {props.error}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" onClick={props.onDismissError}>
                  {previewText.dismiss}
                </Button>
              }
            />
          </MessageBar>
        </div>
      )}
    </header>
  );
}
