import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type Configuration,
  type PopupRequest,
  type SilentRequest,
} from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import type { SharePointError } from "../../src/sharepoint";
import { createNaaTokenProvider, type NaaClient } from "../../src/sharepoint/naa-auth";

const RESOURCE = "https://kommun.sharepoint.com";

/** A stand-in for MSAL's nested public client application: answers as told, records calls. */
class FakePca implements NaaClient {
  readonly calls: string[] = [];
  constructor(
    private readonly silent: () => Promise<string>,
    private readonly popup: () => Promise<string> = async () => "popup-token",
  ) {}

  async acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push(`silent ${request.scopes.join(" ")}`);
    return { accessToken: await this.silent() } as AuthenticationResult;
  }

  async acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push(`popup ${request.scopes.join(" ")}`);
    return { accessToken: await this.popup() } as AuthenticationResult;
  }
}

function provider(pca: FakePca, isSupported = () => true) {
  const configs: Configuration[] = [];
  const getToken = createNaaTokenProvider({
    clientId: "00000000-0000-0000-0000-000000000001",
    authority: "https://login.microsoftonline.com/kommun.onmicrosoft.com",
    isSupported,
    createPca: async (config) => {
      configs.push(config);
      return pca;
    },
  });
  return { getToken, configs };
}

const fault = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => e as SharePointError,
  );

describe("createNaaTokenProvider", () => {
  it("gets a token silently for the tenant's SharePoint", async () => {
    const pca = new FakePca(async () => "tyst-token");
    const { getToken, configs } = provider(pca);
    expect(await getToken(`${RESOURCE}/sites/skarholmen`)).toBe("tyst-token");
    expect(pca.calls).toEqual([`silent ${RESOURCE}/.default`]);
    expect(configs[0]?.auth).toEqual({
      clientId: "00000000-0000-0000-0000-000000000001",
      authority: "https://login.microsoftonline.com/kommun.onmicrosoft.com",
    });
  });

  it("opens a popup when MSAL says interaction is required", async () => {
    const pca = new FakePca(async () => {
      throw new InteractionRequiredAuthError("interaction_required", "correlation-1");
    });
    const { getToken } = provider(pca);
    expect(await getToken(RESOURCE)).toBe("popup-token");
    expect(pca.calls).toEqual([`silent ${RESOURCE}/.default`, `popup ${RESOURCE}/.default`]);
  });

  it("shares one sign-in between requests made at the same time", async () => {
    const pca = new FakePca(async () => {
      throw new InteractionRequiredAuthError("consent_required", "correlation-1");
    });
    const { getToken } = provider(pca);
    const tokens = await Promise.all([getToken(RESOURCE), getToken(RESOURCE), getToken(RESOURCE)]);
    expect(tokens).toEqual(["popup-token", "popup-token", "popup-token"]);
    expect(pca.calls.filter((c) => c.startsWith("popup"))).toHaveLength(1);
  });

  it("says the sign-in was cancelled when the user closes the popup", async () => {
    const pca = new FakePca(
      async () => {
        throw new InteractionRequiredAuthError("login_required", "correlation-1");
      },
      async () => {
        throw new BrowserAuthError("user_cancelled", "correlation-1");
      },
    );
    const error = await fault(provider(pca).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-cancelled");
    expect(error?.userMessage).toMatch(/^Inloggningen avbröts eller godkändes inte/);
  });

  it("says the sign-in was declined when the user refuses consent", async () => {
    const declined = Object.assign(new Error("AADSTS65004: User declined to consent to access the app."), {
      errorCode: "access_denied",
    });
    const pca = new FakePca(
      async () => {
        throw new InteractionRequiredAuthError("consent_required", "correlation-1");
      },
      async () => {
        throw declined;
      },
    );
    const error = await fault(provider(pca).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-cancelled");
    expect(error?.cause).toBe(declined);
  });

  it("says NAA is not supported when Office lacks the NestedAppAuth requirement set", async () => {
    const pca = new FakePca(async () => "tyst-token");
    const error = await fault(provider(pca, () => false).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-unsupported");
    expect(error?.userMessage).toMatch(
      /^Inloggning med Microsoft 365 stöds inte i den här versionen av Excel/,
    );
    expect(pca.calls).toEqual([]);
  });

  it("says NAA is not supported when MSAL cannot create the nested client", async () => {
    const getToken = createNaaTokenProvider({
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

  it("reports another silent failure without opening a popup", async () => {
    const pca = new FakePca(async () => {
      throw Object.assign(new Error("network down"), { errorCode: "network_error" });
    });
    const error = await fault(provider(pca).getToken(RESOURCE));
    expect(error?.code).toBe("sign-in-failed");
    expect(error?.userMessage).toBe(
      "Inloggningen till SharePoint misslyckades (network_error). Försök igen om en stund.",
    );
    expect(pca.calls).toEqual([`silent ${RESOURCE}/.default`]);
  });

  it("asks again (silently) on the next call after a sign-in", async () => {
    let n = 0;
    const pca = new FakePca(async () => `token-${++n}`);
    const { getToken } = provider(pca);
    expect(await getToken(RESOURCE)).toBe("token-1");
    expect(await getToken(RESOURCE)).toBe("token-2");
  });
});
