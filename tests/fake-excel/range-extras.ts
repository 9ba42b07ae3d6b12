/** `RangeAreas`, `Range.dataValidation` and a minimal `Range.conditionalFormats`. */
import { formatAddress } from "./addresses";
import { defineProperties, FakeClientObject } from "./client-object";
import { cellCount } from "./model";
import { FakeRangeFormat, type AreasTarget, type ResolveAreas } from "./range-format";
import type { FakeRequestContext } from "./request-context";

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  protected readonly _scalars = ["address", "areaCount", "cellCount"];
  private _format?: FakeRangeFormat;

  constructor(context: FakeRequestContext, label: string, resolve: ResolveAreas) {
    super(context, label);
    this._resolveWith(resolve);
  }

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(
      this.context,
      `${this._label}.format`,
      () => this._target ?? null,
    ));
  }

  protected _read(name: string, target: AreasTarget): unknown {
    if (name === "areaCount") return target.refs.length;
    if (name === "cellCount") return target.refs.reduce((n, r) => n + cellCount(r), 0);
    return target.refs.map((ref) => formatAddress(target.sheet.name, ref)).join(", ");
  }
}
defineProperties(FakeRangeAreas, ["address", "areaCount", "cellCount"]);

export class FakeDataValidation extends FakeClientObject<AreasTarget> {
  declare rule: unknown;
  declare errorAlert: unknown;

  protected readonly _scalars = ["rule", "type", "valid", "ignoreBlanks", "errorAlert", "prompt"];

  constructor(context: FakeRequestContext, label: string, resolve: ResolveAreas) {
    super(context, label);
    this._resolveWith(resolve);
  }

  protected _read(name: string, target: AreasTarget): unknown {
    const ref = target.refs[0];
    const found = target.sheet.validations.find(
      (v) =>
        ref &&
        v.range.top <= ref.top &&
        v.range.left <= ref.left &&
        v.range.bottom >= ref.bottom &&
        v.range.right >= ref.right,
    );
    if (name === "rule") return found?.rule ?? {};
    if (name === "type") return found ? "List" : "None";
    return null;
  }

  protected override _write(name: string, value: unknown, target: AreasTarget): void {
    if (name !== "rule") return;
    for (const ref of target.refs)
      target.sheet.validations.push({ range: ref, rule: structuredClone(value) });
  }

  clear(): void {
    this._call("clear", [], (target) => {
      target.sheet.validations = target.sheet.validations.filter(
        (v) =>
          !target.refs.some(
            (r) =>
              r.top <= v.range.top &&
              r.left <= v.range.left &&
              r.bottom >= v.range.bottom &&
              r.right >= v.range.right,
          ),
      );
    });
  }
}
defineProperties(
  FakeDataValidation,
  ["rule", "type", "valid", "ignoreBlanks", "errorAlert", "prompt"],
  ["rule", "ignoreBlanks", "errorAlert", "prompt"],
);

/** Only records which conditional formats were added where. */
export class FakeConditionalFormatCollection extends FakeClientObject<AreasTarget> {
  protected readonly _scalars = ["count"];

  constructor(context: FakeRequestContext, label: string, resolve: ResolveAreas) {
    super(context, label);
    this._resolveWith(resolve);
  }

  protected _read(_name: string, target: AreasTarget): unknown {
    return target.sheet.conditionalFormats.length;
  }

  add(type: string): void {
    this._call("add", [type], (target) => {
      for (const ref of target.refs) target.sheet.conditionalFormats.push({ range: ref, type });
    });
  }

  clearAll(): void {
    this._call("clearAll", [], (target) => {
      target.sheet.conditionalFormats = [];
    });
  }
}
defineProperties(FakeConditionalFormatCollection, ["count"]);
