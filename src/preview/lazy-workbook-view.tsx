/**
 * The grid, once its code (with exceljs) and the exceljs workbook have arrived: a spinner
 * until then, so the page paints and the task pane validates without waiting for them.
 * Loading starts when `start` is true (the page sets it once the pane's first validation
 * is shown: exceljs' 900 KB would otherwise be parsed while the pane validates).
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { Spinner, Text } from "@fluentui/react-components";
import type { ExceljsWorkbook } from "../xlsx/exceljs-workbook";
import type { LazyWorkbook } from "./lazy-workbook";
import { previewText } from "./messages";
import type { PreviewHost } from "./preview-host";

const WorkbookView = lazy(async () => {
  const { WorkbookView: View } = await import(/* webpackChunkName: "workbook-view" */ "./workbook-view");
  return { default: View };
});

function messageOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "userMessage" in error) {
    const message = (error as { userMessage: unknown }).userMessage;
    if (typeof message === "string") return message;
  }
  return previewText.unexpected;
}

export function LazyWorkbookView(props: {
  workbook: LazyWorkbook;
  host: PreviewHost;
  className: string;
  start: boolean;
}) {
  const [loaded, setLoaded] = useState<ExceljsWorkbook | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!props.start) return;
    let current = true;
    props.workbook.workbook().then(
      (workbook) => current && setLoaded(workbook),
      (error: unknown) => current && setFailure(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [props.workbook, props.start]);

  const waiting = <Spinner className={props.className} label={previewText.loadingSheets} />;
  if (failure !== null) return <Text className={props.className}>{failure}</Text>;
  if (loaded === null) return waiting;
  return (
    <Suspense fallback={waiting}>
      <WorkbookView workbook={loaded} host={props.host} />
    </Suspense>
  );
}
