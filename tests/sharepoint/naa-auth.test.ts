/**
 * Sign-in with nested app authentication against a stand-in of MSAL's client
 * (tests/helpers/msal-standin.ts): Excel on the desktop (Office brokers the account), Excel on
 * the web (a login hint from Office, `ssoSilent`, then the account MSAL holds), and the popup,
 * which only `signIn` (a click) may open.
 */
import type { Configuration } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import type { SharePointError } from "../../src/sharepoint";
import { createNaaSignIn, type OfficeAuthContext } from "../../src/sharepoint/naa-auth";
import { MsalStandin } from "../helpers/msal-standin";

const RESOURCE = "https://kommun.sharepoint.com";
const SCOPE = `${RESOURCE}/.default`;
const ANNA = "anna@kommun.se";

function signInWith(
  msal: MsalStandin,
  options: { authContext?: OfficeAuthContext | null; isSupported?: () => boolean } = {},
) {
  const configs: Configuration[] = [];
  const signIn = createNaaSignIn({
    clientId: "00000000-0000-0000-0000-000000000001",
    authority: "https://login.microsoftonline.com/kommun.onmicrosoft.com",
    isSupported: options.isSupported ?? (() => true),
    authContext:
      options.authContext === undefined
        ? undefined
        : async () => {
            if (options.authContext === null) throw new Error("getAuthContext is not supported");
            return options.authContext;
          },
    createPca: async (config) => {
      configs.push(config);
      return msal;
    },
  });
  return { ...signIn, configs };
}

const fault = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => e as SharePointError,
  );

describe("createNaaSignIn on Excel for the desktop (Office brokers the account)", () => {
  it("gets a token silently for the tenant's SharePoint, without a window", async () => {
    const msal = new MsalStandin({ broker: true });
    const { getToken, configs } = signInWith(msal, { authContext: null });
    expect(await getToken(`${RESOURCE}/sites/skarholmen`)).toBe("broker-token-1");
    expect(msal.calls).toEqual([`silent ${SCOPE}`]);
    expect(configs[0]?.auth).toEqual({
      clientId: "00000000-0000-0000-0000-000000000001",
      authority: "https://login.microsoftonline.com/kommun.onmicrosoft.com",
    });
  });

  it("asks with the account MSAL holds for Office's user", async () => {
    const msal = new MsalStandin({ broker: true });
    msal.accounts.push({
      homeAccountId: "a",
      environment: "e",
      tenantId: "t",
      username: ANNA,
      localAccountId: "a",
    });
    const { getToken } = signInWith(msal, { authContext: { userPrincipalName: ANNA } });
    expect(await getToken(RESOURCE)).toBe("silent-token-1");
    expect(msal.calls).toEqual([`silent ${SCOPE} account=${ANNA}`]);
  });
});

describe("createNaaSignIn on Excel on the web", () => {
  it("signs in silently with Office's login hint (ssoSilent), then with the account it got", async () => {
    const msal = new MsalStandin({ session: ANNA });
    const { getToken } = signInWith(msal, { authContext: { userPrincipalName: ANNA } });
    expect(await getToken(RESOURCE)).toBe("sso-token-1");
    expect(await getToken(RESOURCE)).toBe("silent-token-2");
    expect(msal.calls).toEqual([`ssoSilent ${SCOPE} loginHint=${ANNA}`, `silent ${SCOPE} account=${ANNA}`]);
  });

  it("never opens a popup for a token: it says the user must sign in", async () => {
    const msal = new MsalStandin({ session: null });
    const { getToken } = signInWith(msal, { authContext: { userPrincipalName: ANNA } });
    const error = await fault(getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-required");
    expect(error?.userMessage).toBe(
      "Du behöver logga in i Microsoft 365 för att tillägget ska nå SharePoint. Klicka på Logga in.",
    );
    expect(msal.calls.some((c) => c.startsWith("popup"))).toBe(false);
  });

  it("opens the popup from signIn (a click), with the login hint, and is silent after it", async () => {
    const msal = new MsalStandin({ session: null });
    const { getToken, signIn } = signInWith(msal, { authContext: { userPrincipalName: ANNA } });
    await fault(getToken(RESOURCE));
    expect(await signIn(RESOURCE)).toBe("popup-token-1");
    expect(await getToken(RESOURCE)).toBe("silent-token-2");
    expect(msal.calls).toEqual([
      `ssoSilent ${SCOPE} loginHint=${ANNA}`,
      `popup ${SCOPE} loginHint=${ANNA}`,
      `silent ${SCOPE} account=${ANNA}`,
    ]);
  });

  it("says popups must be allowed when the browser blocks the popup", async () => {
    const msal = new MsalStandin({ session: null, popup: "blocked" });
    const error = await fault(
      signInWith(msal, { authContext: { userPrincipalName: ANNA } }).signIn(RESOURCE),
    );
    expect(error?.code).toBe("sign-in-blocked");
    expect(error?.userMessage).toBe(
      "Inloggningsfönstret kunde inte öppnas. Tillåt popup-fönster för tillägget och försök igen.",
    );
  });

  it("says the sign-in was cancelled when the user closes the popup", async () => {
    const msal = new MsalStandin({ session: null, popup: "cancel" });
    const error = await fault(
      signInWith(msal, { authContext: { userPrincipalName: ANNA } }).signIn(RESOURCE),
    );
    expect(error?.code).toBe("sign-in-cancelled");
    expect(error?.userMessage).toMatch(/^Inloggningen avbröts eller godkändes inte/);
  });

  it("says the sign-in was declined when the user refuses consent", async () => {
    const msal = new MsalStandin({ session: null });
    const declined = Object.assign(new Error("AADSTS65004: User declined to consent to access the app."), {
      errorCode: "access_denied",
    });
    msal.acquireTokenPopup = async () => {
      throw declined;
    };
    const error = await fault(
      signInWith(msal, { authContext: { userPrincipalName: ANNA } }).signIn(RESOURCE),
    );
    expect(error?.code).toBe("sign-in-cancelled");
    expect(error?.cause).toBe(declined);
  });

  it("shares one request between calls made at the same time", async () => {
    const msal = new MsalStandin({ session: ANNA });
    const { getToken } = signInWith(msal, { authContext: { userPrincipalName: ANNA } });
    const tokens = await Promise.all([getToken(RESOURCE), getToken(RESOURCE), getToken(RESOURCE)]);
    expect(new Set(tokens).size).toBe(1);
    expect(msal.calls).toHaveLength(1);
  });
});

describe("createNaaSignIn where it cannot sign in", () => {
  it("says NAA is not supported when Office lacks the NestedAppAuth requirement set", async () => {
    const msal = new MsalStandin({ broker: true });
    const error = await fault(signInWith(msal, { isSupported: () => false }).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-unsupported");
    expect(error?.userMessage).toMatch(
      /^Inloggning med Microsoft 365 stöds inte i den här versionen av Excel/,
    );
    expect(msal.calls).toEqual([]);
  });

  it("says NAA is not supported when MSAL cannot create the nested client", async () => {
    const { getToken } = createNaaSignIn({
      clientId: "id",
      authority: "https://login.microsoftonline.com/organizations",
      isSupported: () => true,
      createPca: async () => {
        throw new Error("NAA bridge unavailable");
      },
    });
    const error = await fault(getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-unsupported");
    expect((error?.cause as Error).message).toBe("NAA bridge unavailable");
  });

  it("reports another silent failure as such, without a popup", async () => {
    const msal = new MsalStandin({ broker: true, silentFault: "network_error" });
    const error = await fault(signInWith(msal).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-failed");
    expect(error?.userMessage).toBe(
      "Inloggningen till SharePoint misslyckades (network_error). Försök igen om en stund.",
    );
    expect(msal.calls).toEqual([`silent ${SCOPE}`]);
  });
});
