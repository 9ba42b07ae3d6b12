/**
 * The protocol engine of the simulated Excel: one request body in, one response body out.
 * It evaluates the request's object paths against the type tables (host-types.ts), runs its
 * actions in order and answers as Excel does:
 *
 * - Each object path is evaluated once per request: paths such as `worksheets.add(…)` create
 *   things, and the actions of a request refer to the same objects.
 * - "Instantiate" answers decide what the client's proxy becomes: `null` makes it a null
 *   object (`isNullObject`), an object answers with its identity (`Id`, `_Id`) or, once the
 *   client keeps a reference to it (`_KeepReference`, which `Excel.run` does for every range),
 *   `_ReferenceId`, which later requests use as the object's path.
 * - Methods and property writes on a null object do nothing, and reading one gives null:
 *   Microsoft's samples call `getItemOrNullObject(…).delete()` on things that usually do not
 *   exist (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 * - An object *derived* from a null object (`getItemOrNullObject("x").getRange()`) is not
 *   documented; the engine answers either with a null object or with an error
 *   (`nullDerived`), so that tests can show the add-in does not depend on either.
 * - An error stops the batch at the action that failed (`Error.ActionIndex`); the actions
 *   before it have taken effect: a batch is not a transaction
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 * - Anything not in the type tables raises `NotModelled`, naming what was asked.
 */
import { HostError, NotModelled } from "./host-error";
import { HostNode, type HostScope, type MethodResult } from "./host-types";
import {
  ActionType,
  PathType,
  type ActionResult,
  type ArgumentInfo,
  type QueryInfo,
  type RequestBody,
  type ResponseBody,
  type WireAction,
  type WireObjectPath,
} from "./protocol";

/** How the host answers for an object derived from a null object (undocumented). */
export type NullDerived = "error" | "null-object";

export interface EngineOptions {
  readonly nullDerived: () => NullDerived;
  /** Whether this Excel has `type.member` (its ExcelApi version); Excel answers ApiNotFound if not. */
  readonly supports: (type: string, member: string) => boolean;
  /** Called with each path derived from a null object, whatever the answer. */
  readonly onNullDerived?: (path: string) => void;
}

/** An internal fault of a request: not modelled, or a bug in the host. */
export interface EngineFault {
  readonly error: Error;
  readonly action: string;
}

export interface RequestOutcome {
  readonly response: ResponseBody;
  readonly fault: EngineFault | null;
  /**
   * The request's actions as readable statements, in order, instantiations left out:
   * `Workbook.Tables["Uppfoljning"].Rows.Add(null, [[…]])`, `Ref(h1:4).GetRowsBelow(2).Values =`.
   */
  readonly labels: readonly string[];
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** An argument as a label shows it: JSON, cut short. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export class RichApiEngine {
  private readonly references = new Map<string, HostNode>();
  private readonly referenceOf = new WeakMap<HostNode, string>();
  private nextReference = 1;
  /** Event registrations (`_Register…Event` minus `_Unregister…Event`), by "Type.Event". */
  readonly registrations = new Map<string, number>();

  constructor(
    private readonly root: HostNode,
    private readonly options: EngineOptions,
    /** Prefix of this host's reference ids, so that a reference can be traced to its host. */
    readonly referencePrefix: string,
  ) {}

  isRegistered(event: string): boolean {
    return (this.registrations.get(event) ?? 0) > 0;
  }

  process(body: RequestBody, scope: HostScope): RequestOutcome {
    const run = new RequestRun(this, body, scope);
    return run.execute();
  }

  /** The request's actions as statements, without running them (a refused request's). */
  labelsOf(body: RequestBody, scope: HostScope): string[] {
    return new RequestRun(this, body, scope).labelAll();
  }

  /** @internal */ rootNode(): HostNode {
    return this.root;
  }

  /** @internal */ optionsOf(): EngineOptions {
    return this.options;
  }

  /** @internal */ keep(node: HostNode): void {
    if (this.referenceOf.has(node)) return;
    const id = `${this.referencePrefix}${this.nextReference++}`;
    this.referenceOf.set(node, id);
    this.references.set(id, node);
  }

  /** @internal */ reference(node: HostNode): string | undefined {
    return this.referenceOf.get(node);
  }

  /** @internal */ byReference(id: string): HostNode | undefined {
    return this.references.get(id);
  }

  /** @internal */ release(id: string): void {
    this.references.delete(id);
  }

  /** @internal */ register(event: string, delta: number): void {
    this.registrations.set(event, Math.max(0, (this.registrations.get(event) ?? 0) + delta));
  }
}

/** One request: its object paths evaluated once each, its actions run in order. */
class RequestRun {
  private readonly cache = new Map<number, HostNode | null>();
  private readonly results: ActionResult[] = [];
  private readonly traceIds: number[] = [];
  private readonly labels: string[] = [];

  constructor(
    private readonly engine: RichApiEngine,
    private readonly body: RequestBody,
    private readonly scope: HostScope,
  ) {}

  execute(): RequestOutcome {
    const actions = this.body.Actions ?? [];
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index] as WireAction;
      const label = this.label(action);
      if (label) this.labels.push(label);
      try {
        this.runAction(action);
      } catch (caught) {
        const error = caught instanceof HostError ? caught : null;
        const fault =
          error && !(error instanceof NotModelled)
            ? null
            : {
                error: caught instanceof Error ? caught : new Error(String(caught)),
                action: this.describe(action),
              };
        const code = error?.code ?? "GeneralException";
        return {
          labels: this.labels,
          response: {
            Results: this.results,
            TraceIds: this.traceIds,
            Error: {
              Code: code,
              Message: caught instanceof Error ? caught.message : String(caught),
              HttpStatusCode: error?.httpStatus ?? 500,
              ActionIndex: index,
              Location: error?.location || action.Name,
            },
          },
          fault,
        };
      }
    }
    return { response: { Results: this.results, TraceIds: this.traceIds }, fault: null, labels: this.labels };
  }

  labelAll(): string[] {
    return (this.body.Actions ?? []).flatMap((action) => this.label(action) ?? []);
  }

  private label(action: WireAction): string | null {
    const target = this.expression(action.ObjectPathId);
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

  private runAction(action: WireAction): void {
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const node = this.resolve(action.ObjectPathId);
        this.results.push({ ActionId: action.Id, Value: node === null ? null : this.identity(node) });
        return;
      }
      case ActionType.query:
      case ActionType.queryAsJson: {
        const node = this.resolve(action.ObjectPathId);
        this.results.push({ ActionId: action.Id, Value: this.serialize(node, action.QueryInfo ?? {}) });
        return;
      }
      case ActionType.method: {
        const node = this.resolve(action.ObjectPathId);
        const value =
          node === null ? null : this.callAction(node, action.Name, this.args(action.ArgumentInfo));
        this.results.push({ ActionId: action.Id, Value: value });
        return;
      }
      case ActionType.setProperty: {
        const node = this.resolve(action.ObjectPathId);
        if (node !== null) this.setProperty(node, action.Name, this.args(action.ArgumentInfo)[0]);
        return;
      }
      case ActionType.trace:
        this.traceIds.push(action.Id);
        this.results.push({ ActionId: action.Id, Value: null });
        return;
      default:
        throw new NotModelled(`the action type ${action.ActionType} (${action.Name || "unnamed"})`);
    }
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const values = info?.Arguments ?? [];
    const paths = info?.ReferencedObjectPathIds ?? [];
    return values.map((value, i) => {
      const pathId = paths[i];
      return pathId ? this.resolve(pathId) : value;
    });
  }

  private path(id: number): WireObjectPath {
    const path = this.body.ObjectPaths?.[String(id)];
    if (!path) throw new HostError("InvalidObjectPath", `The object path ${id} is not in the request.`);
    return path;
  }

  /** A readable form of an object path, for messages: `Workbook.Tables.GetItemOrNullObject("x")`. */
  private expression(id: number): string {
    const path = this.body.ObjectPaths?.[String(id)];
    if (!path) return `?${id}`;
    const args = (path.ArgumentInfo?.Arguments ?? []).map(shortJson).join(", ");
    const parent = path.ParentObjectPathId ? this.expression(path.ParentObjectPathId) : "";
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

  private describe(action: WireAction): string {
    const target = this.expression(action.ObjectPathId);
    return action.Name ? `${target}.${action.Name}` : target;
  }

  private resolve(id: number): HostNode | null {
    if (this.cache.has(id)) return this.cache.get(id) ?? null;
    const node = this.evaluate(this.path(id), id);
    this.cache.set(id, node);
    return node;
  }

  private evaluate(path: WireObjectPath, id: number): HostNode | null {
    switch (path.ObjectPathType) {
      case PathType.global:
        return this.engine.rootNode();
      case PathType.nullObject:
        return null;
      case PathType.referenceId: {
        const node = this.engine.byReference(path.Name);
        if (!node) throw new HostError("InvalidObjectPath", `No object is kept with reference ${path.Name}.`);
        return node;
      }
      case PathType.property:
      case PathType.indexer:
      case PathType.method: {
        const parent = this.resolve(path.ParentObjectPathId ?? 0);
        if (parent === null) return this.derivedFromNull(id);
        return this.child(parent, path);
      }
      default:
        throw new NotModelled(`the object path type ${path.ObjectPathType} (${this.expression(id)})`);
    }
  }

  private derivedFromNull(id: number): null {
    const expression = this.expression(id);
    const options = this.engine.optionsOf();
    options.onNullDerived?.(expression);
    if (options.nullDerived() === "null-object") return null;
    throw new HostError(
      "ItemNotFound",
      `The requested resource doesn't exist. (${expression} is derived from a null object; Excel's ` +
        "answer to that is not documented, and this simulated Excel answers with an error.)",
      404,
      expression,
    );
  }

  /** Excel's answer to a member its version does not have (documented error code ApiNotFound). */
  private requireApi(type: string, member: string): void {
    if (this.engine.optionsOf().supports(type, member)) return;
    throw new HostError(
      "ApiNotFound",
      "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
      404,
      `${type}.${member}`,
    );
  }

  private child(parent: HostNode, path: WireObjectPath): HostNode | null {
    const { type, target } = parent;
    const args = this.args(path.ArgumentInfo);
    if (path.ObjectPathType === PathType.property) {
      const navigate = type.navigation?.[path.Name];
      if (!navigate) throw new NotModelled(`${type.name}.${path.Name}`);
      this.requireApi(type.name, path.Name);
      return navigate(target, this.scope);
    }
    if (path.ObjectPathType === PathType.indexer) {
      if (!type.indexer) throw new NotModelled(`${type.name}[…] (getItem)`);
      return type.indexer(target, args, this.scope);
    }
    const result = this.call(parent, path.Name, args);
    if (result !== null && !(result instanceof HostNode)) {
      throw new NotModelled(`${type.name}.${path.Name}() as an object`);
    }
    return result;
  }

  private call(node: HostNode, name: string, args: unknown[]): MethodResult {
    const method = node.type.methods?.[name];
    if (!method) throw new NotModelled(`${node.type.name}.${name}()`);
    this.requireApi(node.type.name, name);
    return method(node.target, args, this.scope);
  }

  /** A method action: the client's own bookkeeping methods, or one of the type's. */
  private callAction(node: HostNode, name: string, args: unknown[]): unknown {
    if (name === "_KeepReference" && node.type.keepsReference) {
      this.engine.keep(node);
      return null;
    }
    if (name === "_RemoveReference" && node === this.engine.rootNode()) {
      this.engine.release(String(args[0]));
      return null;
    }
    const event = /^_(Register|Unregister)(\w+)Event$/.exec(name);
    if (event) {
      const key = `${node.type.name}.${event[2]}`;
      const member = node.type.events?.[event[2] ?? ""];
      if (!member) throw new NotModelled(`the event ${key}`);
      this.requireApi(node.type.name, member);
      this.engine.register(key, event[1] === "Register" ? 1 : -1);
      return null;
    }
    const result = this.call(node, name, args);
    if (result instanceof HostNode) throw new NotModelled(`${node.type.name}.${name}() as an action`);
    return result ?? null;
  }

  private setProperty(node: HostNode, name: string, value: unknown): void {
    const setter = node.type.scalars?.[name]?.set;
    if (!setter) throw new NotModelled(`setting ${node.type.name}.${name}`);
    this.requireApi(node.type.name, name);
    setter(node.target, value, this.scope);
  }

  private identity(node: HostNode): Record<string, unknown> {
    const value: Record<string, unknown> = { ...node.type.identity?.(node.target) };
    const reference = this.engine.reference(node);
    if (reference !== undefined) value._ReferenceId = reference;
    return value;
  }

  private serialize(node: HostNode | null, query: QueryInfo): unknown {
    if (node === null) return null;
    const { type, target } = node;
    if (type.items) {
      let items = type.items(target, this.scope);
      if (query.Skip) items = items.slice(query.Skip);
      if (query.Top !== undefined) items = items.slice(0, query.Top);
      return { _Items: items.map((item) => this.serializeObject(item, query)) };
    }
    return this.serializeObject(node, query);
  }

  private serializeObject(node: HostNode, query: QueryInfo): Record<string, unknown> {
    const { type, target } = node;
    const out = this.identity(node);
    const select = query.Select ?? [];
    const readScalar = (name: string): void => {
      const get = type.scalars?.[name]?.get;
      if (!get) throw new NotModelled(`reading ${type.name}.${name}`);
      this.requireApi(type.name, name);
      out[name] = get(target, this.scope);
    };
    if (select.length === 0 || select.includes("*")) {
      const supported = this.engine.optionsOf().supports;
      for (const [name, property] of Object.entries(type.scalars ?? {})) {
        if (property.get && supported(type.name, name)) readScalar(name);
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
      this.requireApi(type.name, head);
      out[head] = this.serialize(navigate(target, this.scope), rest.length > 0 ? { Select: rest } : {});
    }
    return out;
  }
}
