/**
 * Where the open workbook is in SharePoint, found when the pane opens: not at all (no
 * SharePoint address, with the reason), being found, found, or failed (with the Swedish
 * message of the fault) and ready to try again. Finding it never opens a window: when the
 * user must sign in, the failure says so and `signIn` (from the "Logga in" click) opens the
 * popup and tries again.
 */
import { useCallback, useEffect, useState } from "react";
import { isSharePointError, whyNotSharePoint, type FileLocation } from "../../sharepoint";
import type { Messages } from "../messages";
import { userMessageOf } from "../format";
import { useMessages } from "../use-messages";
import type { SharePointConnection } from "./connection";
import { locateWorkbook } from "./sharepoint-actions";

export type LocationState =
  /** The workbook has no SharePoint address; `reason` says why, for the user. */
  | { readonly kind: "not-sharepoint"; readonly reason: string }
  | { readonly kind: "locating" }
  | { readonly kind: "located"; readonly location: FileLocation }
  | {
      readonly kind: "failed";
      readonly message: string;
      /** Signing in (a popup, from a click) may help: the pane offers "Logga in". */
      readonly signIn: boolean;
    };

/** Faults after which the user can sign in with a popup. */
const SIGN_IN: readonly string[] = ["sign-in-required", "sign-in-cancelled", "sign-in-blocked"];

export function useWorkbookLocation(connection: SharePointConnection): {
  readonly state: LocationState;
  readonly retry: () => void;
  /** Signs in with a popup, then finds the workbook again: call from a click. */
  readonly signIn: () => void;
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
        if (current) setState(failure(error, connection, messages));
      },
    );
    return () => {
      current = false;
    };
  }, [connection, reason, attempt, messages]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const signIn = useCallback(() => {
    const signInWith = connection.signIn;
    if (!signInWith) return;
    // Nothing awaited before the popup: the click's user activation is short.
    signInWith(new URL(connection.documentUrl).origin).then(retry, (error: unknown) =>
      setState(failure(error, connection, messages)),
    );
  }, [connection, retry, messages]);
  return { state, retry, signIn };
}

function failure(error: unknown, connection: SharePointConnection, messages: Messages): LocationState {
  const code = isSharePointError(error) ? error.code : "";
  return {
    kind: "failed",
    message: userMessageOf(error, messages),
    signIn: connection.signIn !== undefined && SIGN_IN.includes(code),
  };
}
