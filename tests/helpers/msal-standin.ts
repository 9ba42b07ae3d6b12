/**
 * A stand-in for MSAL's nestable public client application (`createNestablePublicClientApplication`,
 * the part of `IPublicClientApplication` the add-in uses), behaving as MSAL does for the
 * situations the tests set up, and recording every call. The real MSAL cannot reach a tenant
 * here.
 *
 * - `broker`: Excel on Windows or Mac brokers the account Office is signed in with, so a
 *   silent request without an account gets a token (NAA). In a browser (Excel on the web)
 *   MSAL has no account without one and answers `no_account_error`.
 * - `session`: whom the browser's Microsoft Entra session belongs to; `ssoSilent` with that
 *   login hint gets a token (and MSAL then holds the account), otherwise `login_required`.
 * - `popup`: what the popup does: the user signs in, closes it, or the browser blocks it.
 */
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type PopupRequest,
  type SilentRequest,
  type SsoSilentRequest,
} from "@azure/msal-browser";
import type { NaaClient } from "../../src/sharepoint/naa-auth";

type AccountFilter = Parameters<NaaClient["getAccount"]>[0];

export interface MsalStandinOptions {
  readonly broker?: boolean;
  readonly session?: string | null;
  readonly popup?: "sign-in" | "cancel" | "blocked";
  /** Who signs in in the popup (default `session`, else "anna@kommun.se"). */
  readonly popupUser?: string;
  /** Every silent request fails with this error code (e.g. "network_error"). */
  readonly silentFault?: string;
  /** The access token every answer carries (default a numbered one per answer, e.g. "sso-token-2"). */
  readonly accessToken?: string;
}

function account(username: string): AccountInfo {
  return {
    homeAccountId: `${username}.home`,
    environment: "login.microsoftonline.com",
    tenantId: "kommun",
    username,
    localAccountId: username,
  };
}

export class MsalStandin implements NaaClient {
  readonly calls: string[] = [];
  readonly accounts: AccountInfo[] = [];
  private issued = 0;

  constructor(public options: MsalStandinOptions = {}) {}

  private token(kind: string): AuthenticationResult {
    ++this.issued;
    return {
      accessToken: this.options.accessToken ?? `${kind}-token-${this.issued}`,
    } as AuthenticationResult;
  }

  private remember(username: string): void {
    if (!this.accounts.some((a) => a.username === username)) this.accounts.push(account(username));
  }

  private fault(): void {
    const code = this.options.silentFault;
    if (code) throw Object.assign(new Error(`${code}: silent request failed`), { errorCode: code });
  }

  async acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push(
      `silent ${request.scopes.join(" ")}${request.account ? ` account=${request.account.username}` : ""}`,
    );
    this.fault();
    if (request.account) {
      if (this.accounts.some((a) => a.username === request.account?.username)) return this.token("silent");
      throw new InteractionRequiredAuthError("interaction_required", "the account's session has ended");
    }
    if (this.options.broker) return this.token("broker");
    throw new BrowserAuthError("no_account_error", "No account object provided to acquireTokenSilent");
  }

  async ssoSilent(request: SsoSilentRequest): Promise<AuthenticationResult> {
    this.calls.push(`ssoSilent ${(request.scopes ?? []).join(" ")} loginHint=${request.loginHint ?? ""}`);
    this.fault();
    if (this.options.session && request.loginHint === this.options.session) {
      this.remember(this.options.session);
      return this.token("sso");
    }
    throw new InteractionRequiredAuthError("login_required", "AADSTS50058: no session for the user");
  }

  async acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push(
      `popup ${request.scopes.join(" ")}${request.loginHint ? ` loginHint=${request.loginHint}` : ""}`,
    );
    const popup = this.options.popup ?? "sign-in";
    if (popup === "blocked") throw new BrowserAuthError("popup_window_error", "the popup was blocked");
    if (popup === "cancel") throw new BrowserAuthError("user_cancelled", "the user closed the popup");
    const user = this.options.popupUser ?? this.options.session ?? "anna@kommun.se";
    this.remember(user);
    this.options = { ...this.options, session: user };
    return this.token("popup");
  }

  getAccount(filter: AccountFilter): AccountInfo | null {
    return (
      this.accounts.find(
        (a) =>
          (filter.username !== undefined && a.username === filter.username) ||
          (filter.loginHint !== undefined && a.username === filter.loginHint),
      ) ?? null
    );
  }

  getActiveAccount(): AccountInfo | null {
    return null;
  }

  getAllAccounts(): AccountInfo[] {
    return [...this.accounts];
  }
}
