/**
 * The add-in's SharePoint connection: the workbook's address from Office and tokens from
 * nested app authentication. MSAL and the build-time app registration are loaded only when
 * the first token is asked for, so the pane's start bundle stays small. Office.js stays in
 * the entry point (index.tsx), which passes the address and the support check in.
 */
import type { TokenProvider } from "../../sharepoint";
import type { BuildEnvironment } from "../../sharepoint/config";
import type { NaaSignIn, NaaTokenProviderOptions } from "../../sharepoint/naa-auth";
import type { SharePointConnection } from "./connection";

export interface NaaConnectionOptions {
  /** `Office.context.document.url` ("" when Office gives none). */
  readonly documentUrl: string | null | undefined;
  /** `() => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")` */
  readonly isSupported: () => boolean;
  /** `() => Office.auth.getAuthContext()`: the login hint for Excel on the web. */
  readonly authContext?: NaaTokenProviderOptions["authContext"];
  /** The app registration; by default what the build put in (signInConfig). */
  readonly environment?: BuildEnvironment;
  /** MSAL's nestable client (tests pass a stand-in). */
  readonly createPca?: NaaTokenProviderOptions["createPca"];
}

async function createProvider(options: NaaConnectionOptions): Promise<NaaSignIn> {
  const [{ signInConfig }, { createNaaSignIn }] = await Promise.all([
    import("../../sharepoint/config"),
    import("../../sharepoint/naa-auth"),
  ]);
  const { clientId, authority } = signInConfig(options.environment);
  return createNaaSignIn({
    clientId,
    authority,
    isSupported: options.isSupported,
    authContext: options.authContext,
    createPca: options.createPca,
  });
}

/** A connection whose tokens come from NAA; one sign-in serves every request. */
export function createNaaConnection(options: NaaConnectionOptions): SharePointConnection {
  let provider: Promise<NaaSignIn> | null = null;
  const made = () =>
    // A provider that could not be made (not configured, a chunk that failed to load) is
    // made again next time; a made one keeps its MSAL client and its signed-in account.
    (provider ??= createProvider(options).catch((error: unknown) => {
      provider = null;
      throw error;
    }));
  const getToken: TokenProvider = async (resource) => (await made()).getToken(resource);
  const signIn: TokenProvider = async (resource) => (await made()).signIn(resource);
  return { documentUrl: options.documentUrl ?? "", getToken, signIn };
}
