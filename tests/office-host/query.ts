/**
 * Answering a query ("load"): scalars by the client's camelCase select paths answered in
 * PascalCase, "*" or no select for every scalar, "a/b/c" through navigation properties, and a
 * collection as `{ _Items: [...] }` whose items carry their identity (the client builds their
 * object paths from it).
 */
import { NotModelled } from "./host-error";
import type { HostNode, HostScope } from "./host-types";
import type { QueryInfo } from "./protocol";

export interface QueryContext {
  readonly scope: HostScope;
  /** `{ Id }`, `{ _Id }` and `{ _ReferenceId }` as the instance answers them. */
  identity(node: HostNode): Record<string, unknown>;
  /** Throws ApiNotFound for a member this Excel's version does not have. */
  requireApi(type: string, member: string): void;
  supports(type: string, member: string): boolean;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

export function answerQuery(node: HostNode | null, query: QueryInfo, context: QueryContext): unknown {
  if (node === null) return null;
  const { type, target } = node;
  if (type.items) {
    let items = type.items(target, context.scope);
    if (query.Skip) items = items.slice(query.Skip);
    if (query.Top !== undefined) items = items.slice(0, query.Top);
    return { _Items: items.map((item) => answerObject(item, query, context)) };
  }
  return answerObject(node, query, context);
}

function answerObject(node: HostNode, query: QueryInfo, context: QueryContext): Record<string, unknown> {
  const { type, target } = node;
  const out = context.identity(node);
  const select = query.Select ?? [];
  const readScalar = (name: string): void => {
    const get = type.scalars?.[name]?.get;
    if (!get) throw new NotModelled(`reading ${type.name}.${name}`);
    context.requireApi(type.name, name);
    out[name] = get(target, context.scope);
  };
  if (select.length === 0 || select.includes("*")) {
    for (const [name, property] of Object.entries(type.scalars ?? {})) {
      if (property.get && context.supports(type.name, name)) readScalar(name);
    }
  }
  const nested = new Map<string, string[]>();
  const addNested = (head: string, rest: string[]): void => {
    const list = nested.get(head) ?? [];
    if (rest.length > 0) list.push(rest.join("/"));
    nested.set(head, list);
  };
  for (const entry of select) {
    if (entry === "*") continue;
    const [first = "", ...rest] = entry.split("/");
    const head = pascal(first);
    if (rest.length === 0 && type.scalars?.[head]) readScalar(head);
    else if (type.navigation?.[head]) addNested(head, rest);
    else throw new NotModelled(`loading ${type.name}.${first}`);
  }
  for (const entry of query.Expand ?? []) {
    const [first = "", ...rest] = entry.split("/");
    addNested(pascal(first), rest);
  }
  for (const [head, rest] of nested) {
    const navigate = type.navigation?.[head];
    if (!navigate) throw new NotModelled(`loading ${type.name}.${head}`);
    context.requireApi(type.name, head);
    out[head] = answerQuery(
      navigate(target, context.scope),
      rest.length > 0 ? { Select: rest } : {},
      context,
    );
  }
  return out;
}
