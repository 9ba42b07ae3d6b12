/**
 * How the simulated Excel describes its objects to the protocol engine (rich-api.ts): each
 * Excel type (Range, Worksheet, TableCollection, …) is a table of what the client may ask of
 * it, by the PascalCase names the client sends: scalar properties to read and write,
 * navigation properties, methods, an indexer (`collection.getItem(key)`), the items of a
 * collection and the identity its instances answer with. Anything not in a table is not
 * modelled, and the engine fails the test that asks for it.
 */
import type { BookModel, SheetModel } from "./workbook/model";
import type { RangeRef } from "../../src/plan";

/** What the type tables may do besides reading and changing the workbook model. */
export interface HostScope {
  readonly book: BookModel;
  /** Whether values written just below a table extend it (Excel's AutoCorrect option). */
  readonly autoExpandTables: boolean;
  /** A misbehaving Excel (self-check tests): strings are typed even in text-formatted cells. */
  readonly typesTextCells: boolean;
  /** Records a call tests look for, e.g. "TableRowCollection.Add". */
  record(call: string): void;
  /** Cells whose contents changed: `worksheets.onChanged` fires for them after the request. */
  changed(sheet: SheetModel, ref: RangeRef): void;
}

export interface ScalarProperty<T> {
  readonly get?: (target: T, scope: HostScope) => unknown;
  readonly set?: (target: T, value: unknown, scope: HostScope) => void;
}

/** What a method gives back: an object (a node, or null for a null object) or a plain value. */
export type MethodResult =
  HostNode | null | string | number | boolean | undefined | void | readonly unknown[];

export interface HostType<T> {
  /** The Excel type's name, for messages ("Range", "TableCollection"). */
  readonly name: string;
  readonly scalars?: Readonly<Record<string, ScalarProperty<T>>>;
  readonly navigation?: Readonly<Record<string, (target: T, scope: HostScope) => HostNode | null>>;
  readonly methods?: Readonly<
    Record<string, (target: T, args: readonly unknown[], scope: HostScope) => MethodResult>
  >;
  readonly indexer?: (target: T, args: readonly unknown[], scope: HostScope) => HostNode | null;
  /** A collection's items, in order. */
  readonly items?: (target: T, scope: HostScope) => readonly HostNode[];
  /** What an instance answers to "instantiate" and in collection items: `{ Id }` or `{ _Id }`. */
  readonly identity?: (target: T) => Readonly<Record<string, string | number>>;
  /** Ranges: the client keeps a reference (`_KeepReference`) and reuses it in later syncs. */
  readonly keepsReference?: boolean;
  /**
   * Events the client may register for (`_Register<Event>Event`), by the event's name on the
   * wire and the member the add-in uses: `{ DataChanged: "onChanged" }`.
   */
  readonly events?: Readonly<Record<string, string>>;
}

/** One Excel object as a request reaches it: its type and what it stands for in the model. */
export class HostNode<T = unknown> {
  constructor(
    readonly type: HostType<T>,
    readonly target: T,
  ) {}
}

export function hostNode<T>(type: HostType<T>, target: T): HostNode {
  return new HostNode(type, target) as HostNode;
}

/** A scalar property that can only be read. */
export function readOnly<T>(get: (target: T, scope: HostScope) => unknown): ScalarProperty<T> {
  return { get };
}

/** A scalar property that can be read and written. */
export function readWrite<T>(
  get: (target: T, scope: HostScope) => unknown,
  set: (target: T, value: unknown, scope: HostScope) => void,
): ScalarProperty<T> {
  return { get, set };
}
