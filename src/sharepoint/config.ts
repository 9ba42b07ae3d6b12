/**
 * The add-in's app registration, fixed when the add-in is built (webpack's DefinePlugin
 * replaces `process.env.ATGARDSPLAN_CLIENT_ID` and `process.env.ATGARDSPLAN_TENANT_ID` with
 * their values). Never commit real ids; set them in the build environment:
 *
 *   ATGARDSPLAN_CLIENT_ID  the app registration's Application (client) ID (required)
 *   ATGARDSPLAN_TENANT_ID  the Directory (tenant) ID; "organizations" when not set
 *
 * See ./README.md for the registration (redirect URIs for NAA and Excel on the web).
 */
import { SharePointError } from "./sharepoint-error";

export interface SignInConfig {
  readonly clientId: string;
  readonly tenantId: string;
  /** `https://login.microsoftonline.com/<tenant>` */
  readonly authority: string;
}

/** Reads a value DefinePlugin may have replaced; without a build step (a browser) it is undefined. */
function buildValue(read: () => string | undefined): string | undefined {
  try {
    const value = read()?.trim();
    return value === "" ? undefined : value;
  } catch {
    return undefined;
  }
}

export interface BuildEnvironment {
  readonly clientId: string | undefined;
  readonly tenantId: string | undefined;
}

/** The values the build put in (each expression is written out for DefinePlugin to find). */
export function buildEnvironment(): BuildEnvironment {
  return {
    clientId: buildValue(() => process.env.ATGARDSPLAN_CLIENT_ID),
    tenantId: buildValue(() => process.env.ATGARDSPLAN_TENANT_ID),
  };
}

/** The sign-in settings; throws SharePointError "not-configured" without a client id. */
export function signInConfig(environment: BuildEnvironment = buildEnvironment()): SignInConfig {
  const { clientId } = environment;
  if (clientId === undefined) {
    throw new SharePointError(
      "not-configured",
      "Tillägget är inte kopplat till någon appregistrering, så det kan inte logga in i SharePoint. " +
        "Den som byggde tillägget behöver ange ATGARDSPLAN_CLIENT_ID (se src/sharepoint/README.md).",
    );
  }
  const tenantId = environment.tenantId ?? "organizations";
  return { clientId, tenantId, authority: `https://login.microsoftonline.com/${tenantId}` };
}
