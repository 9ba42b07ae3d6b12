/**
 * A configured @pnp/sp root for one SharePoint site (web): our behaviors only, so the same
 * code runs in the add-in and in node.
 */
import { spfi, type SPFI } from "@pnp/sp";
import "@pnp/sp/webs/index.js";
import "@pnp/sp/files/index.js";
import "@pnp/sp/folders/index.js";
import "@pnp/sp/context-info/index.js";
import { bearerToken, mapFaults, sharePointDefaults, type TokenProvider } from "./behaviors";
import { retryingSend, type SendOptions } from "./retry";

export interface SharePointOptions extends SendOptions {
  readonly getToken: TokenProvider;
}

/** `spfi(webUrl)` with sign-in, time limit, retries and our faults. */
export function connectWeb(webUrl: string, options: SharePointOptions): SPFI {
  return spfi(webUrl).using(
    sharePointDefaults(),
    bearerToken(options.getToken),
    retryingSend(options),
    mapFaults(),
  );
}
