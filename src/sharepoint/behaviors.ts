/**
 * Our @pnp/sp behaviors: the request pipeline with our sign-in, our send step (time limit
 * and retries, ./retry.ts) and every fault turned into a SharePointError.
 */
import type { TimelinePipe } from "@pnp/core";
import { DefaultParse, ResolveOnData, type Queryable } from "@pnp/queryable";
import { DefaultHeaders } from "@pnp/sp";
import { statusFault, subjectOfRequest } from "./faults";
import { SharePointError } from "./sharepoint-error";

/**
 * Gives an access token for a SharePoint host, e.g. `https://contoso.sharepoint.com`
 * (the token's audience). Called before every request; cache inside it.
 */
export type TokenProvider = (resource: string) => Promise<string>;

/** Adds `Authorization: Bearer …` with a token for the request's host. */
export function bearerToken(getToken: TokenProvider): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.auth(async (url: URL, init: RequestInit) => {
      const token = await getToken(url.origin);
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

interface HttpFailure {
  readonly isHttpRequestError: true;
  readonly status: number;
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return typeof error === "object" && error !== null && "isHttpRequestError" in error && "status" in error;
}

/** Any fault of a request as a SharePointError naming what the request was about. */
export function toSharePointError(error: unknown, requestUrl: string): SharePointError {
  if (error instanceof SharePointError) return error;
  const subject = subjectOfRequest(requestUrl);
  if (isHttpFailure(error)) return statusFault(error.status, subject, error);
  return new SharePointError(
    "http",
    `SharePoint gav ett svar som inte gick att tolka för ${subject.address}. Försök igen om en stund.`,
    { cause: error },
  );
}

/** What `Queryable` keeps protected: the promise's reject, called by the error moment. */
interface Rejecting {
  readonly InternalReject: symbol;
  readonly emit: Record<symbol, (error: unknown) => void>;
  toUrl(): string;
}

/** Rejects every request's promise with a SharePointError (instead of pnp's RejectOnError). */
export function mapFaults(): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.error(function (this: unknown, error: unknown) {
      const self = this as Rejecting;
      self.emit[self.InternalReject]?.(toSharePointError(error, self.toUrl()));
    });
    return instance;
  };
}

/** pnp's JSON headers (`Accept: application/json`), parsing and resolving, without cookies. */
export function sharePointDefaults(): TimelinePipe<Queryable> {
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      init.cache = "no-cache";
      init.credentials = "omit";
      return [url, init, result];
    });
    instance.using(DefaultHeaders(), DefaultParse(), ResolveOnData());
    return instance;
  };
}
