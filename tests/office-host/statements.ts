/**
 * Requests as readable statements, for labels, messages and faults:
 * `Workbook.Tables.GetItemOrNullObject("x").GetDataBodyRange()`, `Ref(sim1:4).Values = [[…]]`.
 */
import { ActionType, PathType, type RequestBody, type WireAction } from "./protocol";

/** An argument as a statement shows it: JSON, cut short. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** An object path of the request as an expression. */
export function pathExpression(body: RequestBody, id: number): string {
  const path = body.ObjectPaths?.[String(id)];
  if (!path) return `?${id}`;
  const args = (path.ArgumentInfo?.Arguments ?? []).map(shortJson).join(", ");
  const parent = path.ParentObjectPathId ? pathExpression(body, path.ParentObjectPathId) : "";
  switch (path.ObjectPathType) {
    case PathType.global:
      return "Workbook";
    case PathType.property:
      return `${parent}.${path.Name}`;
    case PathType.method:
      return `${parent}.${path.Name}(${args})`;
    case PathType.indexer:
      return `${parent}[${args}]`;
    case PathType.referenceId:
      return `Ref(${path.Name})`;
    case PathType.nullObject:
      return "NullObject";
    default:
      return `${path.Name}?`;
  }
}

/** What an action acts on, and how: `…GetRange("A1").Values`. */
export function actionTarget(body: RequestBody, action: WireAction): string {
  const target = pathExpression(body, action.ObjectPathId);
  return action.Name ? `${target}.${action.Name}` : target;
}

/** An action as a statement; null for instantiations and traces. */
export function actionStatement(body: RequestBody, action: WireAction): string | null {
  const target = pathExpression(body, action.ObjectPathId);
  const args = (action.ArgumentInfo?.Arguments ?? []).map(shortJson);
  switch (action.ActionType) {
    case ActionType.method:
      return `${target}.${action.Name}(${args.join(", ")})`;
    case ActionType.setProperty:
      return `${target}.${action.Name} = ${args[0] ?? ""}`;
    case ActionType.query:
    case ActionType.queryAsJson:
      return `load ${target} (${(action.QueryInfo?.Select ?? ["*"]).join(", ")})`;
    default:
      return null;
  }
}
