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
import type { HostNode, HostScope } from "./host-types";
import type { RequestBody, ResponseBody } from "./protocol";
import { RequestRun } from "./request-run";

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
