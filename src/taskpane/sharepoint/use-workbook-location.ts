/**
 * Where the open workbook is in SharePoint, found when the pane opens: not at all (no
 * SharePoint address, with the reason), being found, found, or failed (with the Swedish
 * message of the fault, e.g. a declined sign-in) and ready to try again.
 */
import { useCallback, useEffect, useState } from "react";
import { whyNotSharePoint, type FileLocation } from "../../sharepoint";
import { userMessageOf } from "../format";
import { useMessages } from "../use-messages";
import type { SharePointConnection } from "./connection";
import { locateWorkbook } from "./sharepoint-actions";

export type LocationState =
  /** The workbook has no SharePoint address; `reason` says why, for the user. */
  | { readonly kind: "not-sharepoint"; readonly reason: string }
  | { readonly kind: "locating" }
  | { readonly kind: "located"; readonly location: FileLocation }
  | { readonly kind: "failed"; readonly message: string };

export function useWorkbookLocation(connection: SharePointConnection): {
  readonly state: LocationState;
  readonly retry: () => void;
} {
  const messages = useMessages();
  const reason = whyNotSharePoint(connection.documentUrl);
  const [state, setState] = useState<LocationState>(
    reason === null ? { kind: "locating" } : { kind: "not-sharepoint", reason },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (reason !== null) {
      setState({ kind: "not-sharepoint", reason });
      return;
    }
    let current = true;
    setState({ kind: "locating" });
    locateWorkbook(connection).then(
      (location) => {
        if (current) setState({ kind: "located", location });
      },
      (error: unknown) => {
        if (current) setState({ kind: "failed", message: userMessageOf(error, messages) });
      },
    );
    return () => {
      current = false;
    };
  }, [connection, reason, attempt, messages]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
