/**
 * `Range.getTables()` (ExcelApi 1.9): the tables that overlap a range (or lie inside it),
 * sorted top to bottom, then left to right, as `Excel.TableScopedCollection`.
 */
import { rangesIntersect, type RangeRef } from "../../src/plan";
import { FakeCollection } from "./collection";
import { itemNotFound } from "./errors";
import type { RangeTarget, TableModel } from "./model";
import type { FakeRequestContext } from "./request-context";
import { FakeTable } from "./table";

const contains = (outer: RangeRef, inner: RangeRef): boolean =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

export class FakeTableScopedCollection extends FakeCollection<RangeTarget, TableModel, FakeTable> {
  protected readonly _itemScalars = ["id", "name", "showHeaders", "showTotals", "style"];

  constructor(
    context: FakeRequestContext,
    label: string,
    private readonly fullyContained: boolean,
  ) {
    super(context, label);
  }

  protected _list({ sheet, ref }: RangeTarget): TableModel[] {
    return this.context.host.book.tables
      .filter(
        (t) =>
          t.sheet === sheet && (this.fullyContained ? contains(ref, t.ref) : rangesIntersect(ref, t.ref)),
      )
      .sort((a, b) => a.ref.top - b.ref.top || a.ref.left - b.ref.left);
  }
  protected _item(model: TableModel): FakeTable {
    return new FakeTable(this.context, `table(${model.name})`)._resolved(model);
  }

  /** The top-left table; fails with ItemNotFound when there is none. */
  getFirst(): FakeTable {
    return new FakeTable(this.context, `${this._label}.getFirst()`)._resolveWith(() => {
      const target = this._target;
      const first = target ? this._list(target)[0] : undefined;
      if (!first) throw itemNotFound(`${this._label}.getFirst`);
      return first;
    });
  }
}
