/**
 * The add-in's entry point: once Office.js is ready, the task pane over the workbook open
 * in Excel (the Office.js port and host from src/excel), with the workbook's SharePoint
 * address and sign-in by nested app authentication.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { connectToExcel, REQUIRED_EXCEL_API } from "../excel";
import { TaskPane } from "./App";
import { sv } from "./messages";
import { createNaaConnection } from "./sharepoint/naa-connection";

/** Today in the user's time zone, `YYYY-MM-DD`. */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The signed-in account, where Office can say (nested app authentication): its sign-in
 * name is usually the e-mail address the plan holds for a convener.
 */
async function signedInUser(): Promise<{ name: null; email: string } | null> {
  if (!Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) return null;
  const context = await Office.auth.getAuthContext();
  return context.userPrincipalName ? { name: null, email: context.userPrincipalName } : null;
}

void Office.onReady((info) => {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  const notice = (text: string) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Text block>{text}</Text>
      </FluentProvider>,
    );
  if (info.host !== Office.HostType.Excel) {
    notice(sv.notInExcel);
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    notice(sv.excelTooOld);
    return;
  }
  const { workbook, host, runSelfCheck } = connectToExcel();
  const naa = () => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
  const sharePoint = createNaaConnection({
    documentUrl: Office.context.document.url,
    isSupported: naa,
    // Office's user, as the login hint Excel on the web needs (Office.auth, NestedAppAuth 1.1).
    authContext: async () => (naa() ? Office.auth.getAuthContext() : null),
  });
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <TaskPane
          port={workbook}
          host={host}
          today={localToday(new Date())}
          sharePoint={sharePoint}
          selfCheck={runSelfCheck}
          openSelfCheck={new URLSearchParams(window.location.search).has("diagnostik")}
          identity={signedInUser}
        />
      </FluentProvider>
    </StrictMode>,
  );
});
