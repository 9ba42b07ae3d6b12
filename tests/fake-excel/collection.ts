/**
 * Collections (worksheets, tables, names): `load("items/name, items/visibility")` fills
 * `items` with proxies whose named properties are loaded; `items` before that throws
 * PropertyNotLoaded.
 */
import { FakeClientObject, jsonBytes, loadNames, type Action, type LoadOption } from "./client-object";
import { propertyNotLoaded } from "./errors";

export abstract class FakeCollection<P, M, I extends FakeClientObject<M>> extends FakeClientObject<P> {
  protected readonly _scalars: readonly string[] = [];
  private _items: I[] | undefined;

  /** The model objects the collection holds, in order. */
  protected abstract _list(parent: P): M[];
  /** A proxy for one model object, already resolved. */
  protected abstract _item(model: M): I;
  /** The scalar properties of an item. */
  protected abstract readonly _itemScalars: readonly string[];

  protected _read(): unknown {
    return undefined;
  }

  get items(): I[] {
    if (this._target === null) return [];
    if (this._items === undefined) throw propertyNotLoaded("items");
    return this._items;
  }

  override load(option?: LoadOption): this {
    const requested = loadNames(option) ?? ["items"];
    const names = requested.flatMap((n) => {
      const bare = n.replace(/^items\/?/, "");
      return bare === "" ? [...this._itemScalars] : [bare];
    });
    let models: M[] = [];
    const action: Action = {
      label: `${this._label}.load(${requested.join(",")})`,
      bytes: 70 + jsonBytes(requested),
      run: () => {
        models = this._target === null || this._target === undefined ? [] : [...this._list(this._target)];
        action.responseBytes = jsonBytes(models.length) + names.length * models.length * 16;
      },
      after: () => {
        this._items = models.map((model) => {
          const item = this._item(model);
          item._loadNow(names);
          return item;
        });
      },
    };
    this.context._enqueue(action);
    return this;
  }
}
