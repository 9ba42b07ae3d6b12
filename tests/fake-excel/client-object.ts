/**
 * Office.js's proxy semantics, for the fake: every proxy object stands for something in the
 * workbook that is only looked up when the batch runs in `context.sync()`. Until then its
 * properties are unknown: reading one that was not loaded (and synced) throws
 * PropertyNotLoaded. `*OrNullObject` lookups that find nothing give null objects, whose
 * children are null objects too; writing to one fails with ItemNotFound.
 */
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from "./errors";
import type { FakeRequestContext } from "./request-context";

/** One queued action: runs against the model in `sync()`; `after` runs once the batch succeeded. */
export interface Action {
  readonly label: string;
  /** Its share of the request's JSON, in bytes. */
  readonly bytes: number;
  run(): void;
  after?(): void;
  /** Bytes the host sends back for it (loaded values), set by `run`. */
  responseBytes?: number;
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null) ?? "null");
}

/** `load("a, b/c")`, `load(["a"])`, `load({ select: "a" })` → ["a", "b/c"]. */
export function loadNames(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  const raw = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? "");
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((n) => n.trim()).filter((n) => n !== "");
}

/** What a child proxy resolves to, computed from its parent's model object when the batch runs. */
export type Resolve<P, T> = (parent: P) => T | null;

export abstract class FakeClientObject<T> {
  /** undefined until a batch has resolved it; null for a null object. */
  _target: T | null | undefined = undefined;
  private readonly _values = new Map<string, unknown>();
  /** Scalar properties `load()` with no arguments loads. */
  protected abstract readonly _scalars: readonly string[];

  constructor(
    readonly context: FakeRequestContext,
    protected readonly _label: string,
  ) {}

  /**
   * Queues the lookup of this object; `resolve` runs in `sync()`. Office.js sends an object
   * path and an "instantiate" action for it: about 140 bytes of JSON.
   */
  _resolveWith(resolve: () => T | null, bytes = 140): this {
    this.context._enqueue({
      label: `resolve ${this._label}`,
      bytes,
      run: () => {
        this._target = resolve();
      },
    });
    return this;
  }

  /** A proxy that already stands for a model object (collection items, the workbook). */
  _resolved(target: T): this {
    this._target = target;
    return this;
  }

  get isNullObject(): boolean {
    if (this._target === undefined) throw propertyNotLoaded("isNullObject");
    return this._target === null;
  }

  /** The model object while the batch runs; fails for a null object. */
  protected _live(action: string): T {
    if (this._target === undefined)
      throw new FakeOfficeError("GeneralException", `${this._label} not resolved`);
    if (this._target === null) throw itemNotFound(`${this._label}.${action}`);
    return this._target;
  }

  /** The host's value of a scalar property. */
  protected abstract _read(name: string, target: T): unknown;
  /** Writes a scalar property in the host; throws for read-only ones. */
  protected _write(name: string, _value: unknown, _target: T): void {
    throw new FakeOfficeError("InvalidArgument", `${this._label}.${name} is read-only`);
  }

  _get(name: string): unknown {
    if (this._target === null) return undefined;
    if (!this._values.has(name)) throw propertyNotLoaded(name);
    return this._values.get(name);
  }

  _set(name: string, value: unknown): void {
    this._values.set(name, value);
    this.context._enqueue({
      label: `${this._label}.${name} =`,
      bytes: 90 + jsonBytes(value),
      run: () => this._write(name, value, this._live(name)),
    });
  }

  /** Queues a method call with side effects. */
  _call(method: string, args: unknown[], run: (target: T) => void): void {
    this.context._enqueue({
      label: `${this._label}.${method}()`,
      bytes: 90 + jsonBytes(args),
      run: () => run(this._live(method)),
    });
  }

  /** Marks values as known without a load (collection items, set-then-read). */
  _remember(name: string, value: unknown): void {
    this._values.set(name, value);
  }

  /** Copies the named properties from the model straight away (loaded collection items). */
  _loadNow(names: readonly string[]): void {
    const target = this._target;
    if (target === null || target === undefined) return;
    for (const name of names) this._values.set(name, structuredClone(this._read(name, target)));
  }

  load(option?: LoadOption): this {
    const names = loadNames(option) ?? [...this._scalars];
    for (const n of names) {
      if (n.includes("/") || !this._scalars.includes(n)) {
        throw new FakeOfficeError("InvalidArgument", `The fake cannot load "${n}" on ${this._label}`);
      }
    }
    let loaded: [string, unknown][] | null = null;
    const action: Action = {
      label: `${this._label}.load(${names.join(",")})`,
      bytes: 70 + jsonBytes(names),
      run: () => {
        const target = this._target;
        if (target === undefined)
          throw new FakeOfficeError("GeneralException", `${this._label} not resolved`);
        loaded = target === null ? null : names.map((n) => [n, structuredClone(this._read(n, target))]);
        action.responseBytes = jsonBytes(loaded);
      },
      after: () => {
        for (const [n, v] of loaded ?? []) this._values.set(n, v);
      },
    };
    this.context._enqueue(action);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** Installs getters (and setters for `writable`) that go through `_get`/`_set`. */
export function defineProperties(
  type: { prototype: object },
  readable: readonly string[],
  writable: readonly string[] = [],
): void {
  for (const name of readable) {
    Object.defineProperty(type.prototype, name, {
      configurable: true,
      get(this: FakeClientObject<unknown>) {
        return this._get(name);
      },
      ...(writable.includes(name)
        ? {
            set(this: FakeClientObject<unknown>, value: unknown) {
              this._set(name, value);
            },
          }
        : {}),
    });
  }
}
