/**
 * Sign-in inside Excel with nested app authentication (NAA): MSAL asks Excel for a token for
 * the tenant's SharePoint (`https://TENANT.sharepoint.com/.default`). Browser only; the CLI
 * takes a token from the environment instead. Office.js stays out: the task pane passes the
 * support check and the auth context in.
 *
 * Silently, as Microsoft's NAA guidance and sample (Office-Add-in-SSO-NAA) do it:
 * - an account MSAL already holds (the one Office's login hint names, or the active one)
 *   → `acquireTokenSilent({ scopes, account })`;
 * - else, with a login hint from `Office.auth.getAuthContext()` (Excel on the web, where the
 *   browser signs in with a standard MSAL flow) → `ssoSilent({ scopes, loginHint })`;
 * - else (Excel on Windows and Mac, where Office brokers the signed-in account)
 *   → `acquireTokenSilent({ scopes })`.
 * A popup (`acquireTokenPopup`) only through `signIn`, which the task pane calls from a click:
 * browsers block popups that no user gesture opened, and the first token request runs when
 * the pane opens. Until then a silent failure that needs the user is
 * `SharePointError("sign-in-required")`, and the pane shows "Logga in".
 */
import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "./behaviors";
import { SharePointError } from "./sharepoint-error";

/** What we use of MSAL's public client application. */
export type NaaClient = Pick<
  IPublicClientApplication,
  | "acquireTokenSilent"
  | "acquireTokenPopup"
  | "ssoSilent"
  | "getAccount"
  | "getActiveAccount"
  | "getAllAccounts"
>;

/** What Office says about the user signed in to it (`Office.AuthContext`, NestedAppAuth 1.1). */
export interface OfficeAuthContext {
  readonly userPrincipalName?: string;
  readonly loginHint?: string;
}

export interface NaaTokenProviderOptions {
  readonly clientId: string;
  /** e.g. `https://login.microsoftonline.com/<tenant id>` */
  readonly authority: string;
  /** `() => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")` */
  readonly isSupported: () => boolean;
  /** `() => Office.auth.getAuthContext()`; absent or failing where Office has none. */
  readonly authContext?: () => Promise<OfficeAuthContext | null | undefined>;
  readonly createPca?: (configuration: Configuration) => Promise<NaaClient>;
}

/** Tokens for the tenant's SharePoint, silently or (from a click) with a popup. */
export interface NaaSignIn {
  /** Never opens a window; throws SharePointError "sign-in-required" when the user must sign in. */
  readonly getToken: TokenProvider;
  /** May open MSAL's popup: call it only from a click (or another user gesture). */
  readonly signIn: TokenProvider;
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

const needsUser = (error: unknown): boolean =>
  error instanceof InteractionRequiredAuthError || INTERACTIVE.has(errorCodeOf(error));

function unsupported(cause?: unknown): SharePointError {
  return new SharePointError(
    "sign-in-unsupported",
    "Inloggning med Microsoft 365 stöds inte i den här versionen av Excel, så SharePoint-delen " +
      "kan inte användas här. Uppdatera Excel, eller öppna arbetsboken i Excel på webben.",
    { cause },
  );
}

function signInRequired(cause: unknown): SharePointError {
  return new SharePointError(
    "sign-in-required",
    "Du behöver logga in i Microsoft 365 för att tillägget ska nå SharePoint. Klicka på Logga in.",
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
      "sign-in-blocked",
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

/** Office's login hint: the user principal name it gives, else its login hint; undefined without one. */
async function loginHintOf(options: NaaTokenProviderOptions): Promise<string | undefined> {
  try {
    const context = await options.authContext?.();
    const hint = context?.userPrincipalName || context?.loginHint;
    return hint ? hint : undefined;
  } catch {
    return undefined;
  }
}

function knownAccount(client: NaaClient, hint: string | undefined): AccountInfo | null {
  if (hint) return client.getAccount({ username: hint }) ?? client.getAccount({ loginHint: hint });
  return client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
}

async function silently(client: NaaClient, scopes: string[], hint: string | undefined): Promise<string> {
  const account = knownAccount(client, hint);
  let result;
  try {
    if (account) result = await client.acquireTokenSilent({ scopes, account });
    else if (hint) result = await client.ssoSilent({ scopes, loginHint: hint });
    else result = await client.acquireTokenSilent({ scopes });
  } catch (error) {
    // A cached account whose session has ended: Office's hint may still sign in silently.
    if (account && hint && needsUser(error)) return silently(client, scopes, undefined).catch(() => sso());
    throw needsUser(error) ? signInRequired(error) : signInFailed(error);
  }
  if (!result.accessToken) throw signInFailed(undefined);
  return result.accessToken;

  async function sso(): Promise<string> {
    try {
      const answer = await client.ssoSilent({ scopes, loginHint: hint });
      if (answer.accessToken) return answer.accessToken;
      throw signInFailed(undefined);
    } catch (error) {
      throw needsUser(error) ? signInRequired(error) : signInFailed(error);
    }
  }
}

async function withPopup(client: NaaClient, scopes: string[], hint: string | undefined): Promise<string> {
  let token: string;
  try {
    token = (await client.acquireTokenPopup(hint ? { scopes, loginHint: hint } : { scopes })).accessToken;
  } catch (error) {
    throw interactiveFault(error);
  }
  if (!token) throw signInFailed(undefined);
  return token;
}

/**
 * Tokens for `connectWeb`: `getToken("https://contoso.sharepoint.com")` gives a token for that
 * SharePoint without a window. Concurrent calls share one request; one MSAL client and one
 * login hint serve every call.
 */
export function createNaaSignIn(options: NaaTokenProviderOptions): NaaSignIn {
  let client: Promise<NaaClient> | null = null;
  let hint: Promise<string | undefined> | null = null;
  const pending = new Map<string, Promise<string>>();
  const ready = () => {
    client ??= startClient(options).catch((error: unknown) => {
      client = null;
      throw error;
    });
    hint ??= loginHintOf(options);
    return Promise.all([client, hint]);
  };
  const scopeOf = (resource: string) => `${new URL(resource).origin}/.default`;
  const shared = (key: string, work: () => Promise<string>): Promise<string> => {
    const running = pending.get(key);
    if (running) return running;
    const token = work().finally(() => pending.delete(key));
    pending.set(key, token);
    return token;
  };
  return {
    getToken: (resource) => {
      const scope = scopeOf(resource);
      return shared(`silent ${scope}`, async () => {
        const [c, h] = await ready();
        return silently(c, [scope], h);
      });
    },
    // Straight to the popup: the click's user activation lasts a few seconds only, and the
    // pane offers "Logga in" after a silent request has failed. The client and the hint are
    // ready by then, so nothing is waited for before the popup opens.
    signIn: (resource) => {
      const scope = scopeOf(resource);
      return shared(`popup ${scope}`, async () => {
        const [c, h] = await ready();
        return withPopup(c, [scope], h);
      });
    },
  };
}
