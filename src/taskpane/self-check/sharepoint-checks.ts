/**
 * The SharePoint part of "Kontrollera tillägget": is the workbook in SharePoint, and does
 * signing in work (silently: the check opens no window; when the user must sign in, it says
 * so, and "Logga in" in the SharePoint part does it).
 */
import type { CheckResult } from "../../excel";
import { whyNotSharePoint } from "../../sharepoint/document-url";
import { userMessageOf } from "../format";
import type { Messages } from "../messages";
import type { SharePointConnection } from "../sharepoint/connection";

const FILE = "Arbetsboken i SharePoint";
const SIGN_IN = "Inloggning till SharePoint";

export async function sharePointChecks(
  connection: SharePointConnection | undefined,
  messages: Messages,
): Promise<CheckResult[]> {
  if (!connection) {
    return [
      { id: "sharepoint-file", title: FILE, ok: false, seen: "Tillägget har ingen SharePoint-koppling här." },
    ];
  }
  const why = whyNotSharePoint(connection.documentUrl);
  const file: CheckResult = {
    id: "sharepoint-file",
    title: FILE,
    ok: why === null,
    seen: why ?? `Adressen är ${new URL(connection.documentUrl).origin}.`,
  };
  if (why !== null) {
    return [
      file,
      {
        id: "sign-in",
        title: SIGN_IN,
        ok: false,
        seen: "Inte prövad: arbetsboken ligger inte i SharePoint.",
      },
    ];
  }
  try {
    await connection.getToken(new URL(connection.documentUrl).origin);
    return [
      file,
      { id: "sign-in", title: SIGN_IN, ok: true, seen: "En token hämtades utan inloggningsfönster." },
    ];
  } catch (error) {
    return [file, { id: "sign-in", title: SIGN_IN, ok: false, seen: userMessageOf(error, messages) }];
  }
}
