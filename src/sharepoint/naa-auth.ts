/**
 * Sign-in inside Excel with nested app authentication (NAA): MSAL asks Excel for a token for
 * the tenant's SharePoint (`https://TENANT.sharepoint.com/.default`), silently first and
 * with a popup when the user must sign in or consent. Browser only; the CLI takes a token
 * from the environment instead. Office.js stays out: the task pane passes the support check.
 */
import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "./behaviors";
import { SharePointError } from "./sharepoint-error";

/** What we use of MSAL's public client application. */
export type NaaClient = Pick<IPublicClientApplication, "acquireTokenSilent" | "acquireTokenPopup">;

export interface NaaTokenProviderOptions {
  readonly clientId: string;
  /** e.g. `https://login.microsoftonline.com/<tenant id>` */
  readonly authority: string;
  /** `() => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")` */
  readonly isSupported: () => boolean;
  readonly createPca?: (configuration: Configuration) => Promise<NaaClient>;
}

/** Errors after which signing in with a popup can help. */
const INTERACTIVE = new Set([
  "interaction_required",
  "consent_required",
  "login_required",
  "no_account_error",
  "no_tokens_found",
  "token_refresh_required",
]);
const DECLINED = new Set(["user_cancelled", "access_denied"]);
const POPUP_BLOCKED = new Set(["popup_window_error", "empty_window_error"]);

const errorCodeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "";

function unsupported(cause?: unknown): SharePointError {
  return new SharePointError(
    "sign-in-unsupported",
    "Inloggning med Microsoft 365 stöds inte i den här versionen av Excel, så SharePoint-delen " +
      "kan inte användas här. Uppdatera Excel, eller öppna arbetsboken i Excel på webben.",
    { cause },
  );
}

function interactiveFault(error: unknown): SharePointError {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : "";
  if (DECLINED.has(code) || /AADSTS65004/.test(message)) {
    return new SharePointError(
      "sign-in-cancelled",
      "Inloggningen avbröts eller godkändes inte, så SharePoint kunde inte nås. " +
        "Försök igen och slutför inloggningen för att se planens plats och publicera rapporter.",
      { cause: error },
    );
  }
  if (POPUP_BLOCKED.has(code)) {
    return new SharePointError(
      "sign-in-failed",
      "Inloggningsfönstret kunde inte öppnas. Tillåt popup-fönster för tillägget och försök igen.",
      { cause: error },
    );
  }
  return signInFailed(error);
}

function signInFailed(error: unknown): SharePointError {
  const code = errorCodeOf(error);
  return new SharePointError(
    "sign-in-failed",
    `Inloggningen till SharePoint misslyckades${code ? ` (${code})` : ""}. Försök igen om en stund.`,
    { cause: error },
  );
}

async function startClient(options: NaaTokenProviderOptions): Promise<NaaClient> {
  let supported = false;
  try {
    supported = options.isSupported();
  } catch (cause) {
    throw unsupported(cause);
  }
  if (!supported) throw unsupported();
  const create = options.createPca ?? createNestablePublicClientApplication;
  try {
    return await create({ auth: { clientId: options.clientId, authority: options.authority } });
  } catch (cause) {
    throw unsupported(cause);
  }
}

async function acquire(client: NaaClient, scopes: string[]): Promise<string> {
  let token: string;
  try {
    token = (await client.acquireTokenSilent({ scopes })).accessToken;
  } catch (silentError) {
    if (
      !(silentError instanceof InteractionRequiredAuthError) &&
      !INTERACTIVE.has(errorCodeOf(silentError))
    ) {
      throw signInFailed(silentError);
    }
    try {
      token = (await client.acquireTokenPopup({ scopes })).accessToken;
    } catch (popupError) {
      throw interactiveFault(popupError);
    }
  }
  if (!token) throw signInFailed(undefined);
  return token;
}

/**
 * A token provider for `connectWeb`: `getToken("https://contoso.sharepoint.com")` gives a
 * token for that SharePoint. Concurrent calls share one sign-in (one popup at most).
 */
export function createNaaTokenProvider(options: NaaTokenProviderOptions): TokenProvider {
  let client: Promise<NaaClient> | null = null;
  const pending = new Map<string, Promise<string>>();
  return (resource) => {
    const scope = `${new URL(resource).origin}/.default`;
    const running = pending.get(scope);
    if (running) return running;
    client ??= startClient(options);
    const token = client.then((c) => acquire(c, [scope])).finally(() => pending.delete(scope));
    pending.set(scope, token);
    return token;
  };
}
