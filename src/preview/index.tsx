/**
 * The preview page's entry point: starts loading the example plan bundled with the page,
 * and renders the page with it (the task pane beside a view of the workbook).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { loadExample } from "./opened-workbook";
import { PreviewApp } from "./preview-app";
import { useGlobalStyles } from "./page-styles";

/** Today in the user's time zone, `YYYY-MM-DD`. */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function Page(props: { initial: ReturnType<typeof loadExample>; today: string }) {
  useGlobalStyles();
  return <PreviewApp initial={props.initial} today={props.today} />;
}

const element = document.getElementById("root");
if (element) {
  const initial = loadExample(document.baseURI);
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <Page initial={initial} today={localToday(new Date())} />
      </FluentProvider>
    </StrictMode>,
  );
}
