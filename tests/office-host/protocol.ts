/**
 * The RichApi wire protocol between Microsoft's Excel client library
 * (`@microsoft/office-js`, `excel-web-16.00.debug.js`) and Excel, as the client sends and
 * reads it over the native bridge (`window._richApiNativeBridge`). Read from the client's
 * source (OfficeExtension's ClientRequest, ObjectPathFactory, ActionFactory,
 * HostBridge, GenericEventRegistration); nothing here is our invention.
 */

/** `ObjectPathType` in the client. */
export const PathType = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** `ActionType` in the client. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Per argument: the id of the object path passed in its place (0 or absent: a plain value). */
  readonly ReferencedObjectPathIds?: readonly number[];
}

export interface WireObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  /** Property or method name (PascalCase), or the reference id for a ReferenceId path. */
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  /** camelCase property paths ("values", "format/fill/color"); "*" for every scalar. */
  readonly Select?: readonly string[];
  readonly Expand?: readonly string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface WireAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: QueryInfo;
}

export interface RequestBody {
  readonly AutoKeepReference?: boolean;
  readonly Actions: readonly WireAction[];
  readonly ObjectPaths: Readonly<Record<string, WireObjectPath>>;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface WireError {
  readonly Code: string;
  readonly Message: string;
  readonly HttpStatusCode: number;
  /** The action the batch stopped at; -1 when the request as a whole was refused. */
  readonly ActionIndex: number;
  readonly Location: string;
}

export interface ResponseBody {
  readonly Results: readonly ActionResult[];
  readonly TraceIds: readonly number[];
  readonly Error?: WireError;
}

/** A request over the native bridge (`HostBridge.sendMessageToHost`). */
export interface BridgeRequest {
  readonly id: number;
  readonly type: 1;
  readonly flags: number;
  readonly message: {
    readonly url: string;
    readonly method: string;
    readonly headers: Record<string, string>;
    readonly body: RequestBody | string;
  };
}

/** The answer to a request (`HostBridge.onMessageFromHost`, matched by `id`). */
export interface BridgeResponse {
  readonly id: number;
  readonly type: 1;
  readonly message: {
    readonly statusCode: number;
    readonly headers: Record<string, string>;
    readonly body: ResponseBody;
  };
}

/** `messageCategory` of an event entry (`Constants.eventMessageCategory`). */
export const EVENT_MESSAGE_CATEGORY = 65536;

/** Event types (`eventType` in the client's GenericEventHandlers) the host sends. */
export const EventType = {
  /** `worksheets.onChanged` (ExcelApi 1.9), target id "Workbook". */
  worksheetCollectionChanged: 10,
} as const;

/** An event message: entries of [category, event type, target id, JSON args, event id]. */
export interface BridgeEvent {
  readonly type: 3;
  readonly message: { readonly entries: readonly [number, number, string, string, number][] };
}
