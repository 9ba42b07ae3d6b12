/**
 * One request against the simulated Excel: its object paths evaluated once each (paths such as
 * `worksheets.add(…)` create things, and the actions refer to the same objects), its actions
 * run in order until one fails. See rich-api.ts for the rules of the answers.
 */
import { HostError, NotModelled } from "./host-error";
import { HostNode, type HostScope, type MethodResult } from "./host-types";
import {
  ActionType,
  PathType,
  type ActionResult,
  type ArgumentInfo,
  type RequestBody,
  type WireAction,
  type WireObjectPath,
} from "./protocol";
import { answerQuery, type QueryContext } from "./query";
import type { RequestOutcome, RichApiEngine } from "./rich-api";
import { actionStatement, actionTarget, pathExpression } from "./statements";

export class RequestRun {
  private readonly cache = new Map<number, HostNode | null>();
  private readonly results: ActionResult[] = [];
  private readonly traceIds: number[] = [];
  private readonly labels: string[] = [];

  private readonly queries: QueryContext;

  constructor(
    private readonly engine: RichApiEngine,
    private readonly body: RequestBody,
    private readonly scope: HostScope,
  ) {
    this.queries = {
      scope,
      identity: (node) => this.identity(node),
      requireApi: (type, member) => this.requireApi(type, member),
      supports: (type, member) => engine.optionsOf().supports(type, member),
    };
  }

  execute(): RequestOutcome {
    const actions = this.body.Actions ?? [];
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index] as WireAction;
      const label = actionStatement(this.body, action);
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
                action: actionTarget(this.body, action),
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
    return (this.body.Actions ?? []).flatMap((action) => actionStatement(this.body, action) ?? []);
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
        this.results.push({
          ActionId: action.Id,
          Value: answerQuery(node, action.QueryInfo ?? {}, this.queries),
        });
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
        throw new NotModelled(
          `the object path type ${path.ObjectPathType} (${pathExpression(this.body, id)})`,
        );
    }
  }

  private derivedFromNull(id: number): null {
    const expression = pathExpression(this.body, id);
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
}
