/**
 * The messages the simulated Excel sends over the native bridge (protocol.ts): answers,
 * refusals of a whole request, and `worksheets.onChanged` events.
 */
import {
  EVENT_MESSAGE_CATEGORY,
  EventType,
  PathType,
  type BridgeRequest,
  type RequestBody,
  type ResponseBody,
} from "./protocol";

/** A request message's id and body (the body may come as JSON text). */
export function parseRequest(text: string): { readonly id: number; readonly body: RequestBody } {
  const message = JSON.parse(text) as BridgeRequest;
  const raw = message.message.body;
  return { id: message.id, body: (typeof raw === "string" ? JSON.parse(raw) : raw) as RequestBody };
}

/** The answer to request `id`, its body already JSON. */
export function answerMessage(id: number, responseText: string): string {
  return `{"id":${id},"type":1,"message":{"statusCode":200,"headers":{},"body":${responseText}}}`;
}

/** A request refused as a whole, before or after its actions ran (no action to point at). */
export function refusal(code: string, message: string, status: number): ResponseBody {
  return {
    Results: [],
    TraceIds: [],
    Error: { Code: code, Message: message, HttpStatusCode: status, ActionIndex: -1, Location: "" },
  };
}

/** `Excel.run`'s clean-up request: nothing but `_RemoveReference` (and instantiating the root). */
export function isCleanup(body: RequestBody): boolean {
  const actions = body.Actions ?? [];
  return (
    actions.some((a) => a.Name === "_RemoveReference") &&
    actions.every(
      (a) =>
        a.Name === "_RemoveReference" ||
        (a.ActionType === 1 && body.ObjectPaths[String(a.ObjectPathId)]?.ObjectPathType === PathType.global),
    )
  );
}

/** What a `worksheets.onChanged` event tells the add-in (`WorksheetChangedEventArgs`). */
export interface ChangedArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  /** The changed cells, without the sheet ("B2:C4"). */
  readonly address: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes, else "Unknown". */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** The event message: one entry of [category, event type, target "Workbook", args, event id]. */
export function changedEventMessage(args: ChangedArgs, eventId: number): string {
  const entry = [
    EVENT_MESSAGE_CATEGORY,
    EventType.worksheetCollectionChanged,
    "Workbook",
    JSON.stringify(args),
    eventId,
  ];
  return JSON.stringify({ type: 3, message: { entries: [entry] } });
}
