/**
 * The workbook's style sheet (`xl/styles.xml`), appended to and never renumbered: a cell
 * format this tool needs is found among the existing ones, or added after them with the
 * font, fill, border and number format it uses, so every index the user's cells hold keeps
 * meaning what it meant.
 */
import type { Element } from "@xmldom/xmldom";
import { isDateFormat } from "../number-format";
import {
  childElement,
  childElements,
  insertInOrder,
  newElement,
  parseXml,
  rootOf,
  serializeXml,
} from "./xml";

/** CT_Stylesheet's children in schema order. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** Excel's built-in number formats that can be told apart (the rest show numbers). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
/** Built-in formats that Excel shows as dates in East Asian locales. */
const LOCALE_DATE_FORMATS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** The text format `@` (built in). */
export const TEXT_FORMAT_ID = 49;
/** The first number format id a workbook may define. */
const FIRST_CUSTOM_FORMAT = 164;

export interface FontSpec {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
  /** ARGB, e.g. FF000000. */
  readonly color: string;
}

export interface CellFormatSpec {
  /** Null: the workbook's default font. */
  readonly font: FontSpec | null;
  /** Solid fill colour as ARGB, or null for none. */
  readonly fill: string | null;
  /** Thin border colour on all four sides as ARGB, or null for none. */
  readonly border: string | null;
  readonly alignment: {
    /** Null: as Excel aligns by value (text left, numbers right). */
    readonly horizontal: "left" | "right" | "center" | null;
    readonly vertical: "top" | "center" | "bottom";
    readonly wrap: boolean;
  };
  /** A number format code, e.g. `yyyy-mm-dd`; null for General. */
  readonly numberFormat: string | null;
}

/** An element's XML, to tell equal elements apart. */
function text(element: Element): string {
  return element.toString();
}

export class StyleSheet {
  private readonly root: Element;
  /** Whether anything was appended. */
  changed = false;

  private constructor(private readonly document: ReturnType<typeof parseXml>) {
    this.root = rootOf(document);
  }

  static parse(xml: string): StyleSheet {
    return new StyleSheet(parseXml(xml));
  }

  toString(): string {
    return serializeXml(this.document);
  }

  /** The collection `name`, created empty where the schema puts it; the caller appends to it, which marks the change. */
  private collection(name: string): Element {
    const found = childElement(this.root, name);
    if (found) return found;
    const created = newElement(this.root, name, { count: "0" });
    insertInOrder(this.root, created, STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1));
    return created;
  }

  /** The index of an element equal to `candidate` in the collection, appending it if none. */
  private indexOf(collectionName: string, candidate: Element): number {
    const collection = this.collection(collectionName);
    const items = childElements(collection);
    const wanted = text(candidate);
    const found = items.findIndex((item) => text(item) === wanted);
    if (found !== -1) return found;
    collection.appendChild(candidate);
    collection.setAttribute("count", String(items.length + 1));
    this.changed = true;
    return items.length;
  }

  /** The xf element at `index` of `cellXfs`, or null. */
  private cellXf(index: number): Element | null {
    const cellXfs = childElement(this.root, "cellXfs");
    return cellXfs ? (childElements(cellXfs)[index] ?? null) : null;
  }

  /** The format code of number format `id` (built in or defined here); "General" when unknown. */
  private formatCode(id: number): string {
    const numFmts = childElement(this.root, "numFmts");
    const defined = numFmts && childElements(numFmts).find((f) => f.getAttribute("numFmtId") === String(id));
    if (defined) return defined.getAttribute("formatCode") ?? "General";
    if (LOCALE_DATE_FORMATS.has(id)) return "yyyy-mm-dd";
    return BUILT_IN_FORMATS[id] ?? "General";
  }

  /** The number format code of cell format `xf` (null: the default format). */
  numberFormatOf(xf: number | null): string {
    const element = xf === null ? null : this.cellXf(xf);
    return this.formatCode(Number(element?.getAttribute("numFmtId") ?? "0"));
  }

  /** Whether cell format `xf` shows numbers as dates. */
  isDateFormat(xf: number | null): boolean {
    return isDateFormat(this.numberFormatOf(xf));
  }

  /** The id of the number format `code`: built in, defined here, or added. */
  private numberFormatId(code: string): number {
    for (const [id, builtIn] of Object.entries(BUILT_IN_FORMATS)) if (builtIn === code) return Number(id);
    const collection = this.collection("numFmts");
    const formats = childElements(collection);
    const existing = formats.find((f) => f.getAttribute("formatCode") === code);
    if (existing) return Number(existing.getAttribute("numFmtId"));
    const id =
      Math.max(FIRST_CUSTOM_FORMAT - 1, ...formats.map((f) => Number(f.getAttribute("numFmtId")) || 0)) + 1;
    collection.appendChild(newElement(collection, "numFmt", { numFmtId: String(id), formatCode: code }));
    collection.setAttribute("count", String(formats.length + 1));
    this.changed = true;
    return id;
  }

  /**
   * The cell format that is `xf` (null: the default) with the number format `code`: an
   * existing one that is the same in every other way, or a copy appended.
   */
  withNumberFormat(xf: number | null, code: string): number {
    const source = (xf === null ? null : this.cellXf(xf)) ?? this.cellXf(0);
    const id = this.numberFormatId(code);
    const copy = source
      ? (source.cloneNode(true) as Element)
      : newElement(this.collection("cellXfs"), "xf", { fontId: "0", fillId: "0", borderId: "0", xfId: "0" });
    copy.setAttribute("numFmtId", String(id));
    copy.setAttribute("applyNumberFormat", "1");
    return this.indexOf("cellXfs", copy);
  }

  private font(spec: FontSpec): number {
    const font = newElement(this.collection("fonts"), "font");
    if (spec.bold) font.appendChild(newElement(font, "b"));
    font.appendChild(newElement(font, "sz", { val: String(spec.size) }));
    font.appendChild(newElement(font, "color", { rgb: spec.color }));
    font.appendChild(newElement(font, "name", { val: spec.name }));
    font.appendChild(newElement(font, "family", { val: "2" }));
    return this.indexOf("fonts", font);
  }

  private fill(color: string | null): number {
    if (color === null) return 0;
    const fill = newElement(this.collection("fills"), "fill");
    const pattern = newElement(fill, "patternFill", { patternType: "solid" });
    pattern.appendChild(newElement(pattern, "fgColor", { rgb: color }));
    pattern.appendChild(newElement(pattern, "bgColor", { indexed: "64" }));
    fill.appendChild(pattern);
    return this.indexOf("fills", fill);
  }

  private border(color: string | null): number {
    if (color === null) return 0;
    const border = newElement(this.collection("borders"), "border");
    for (const side of ["left", "right", "top", "bottom"]) {
      const edge = newElement(border, side, { style: "thin" });
      edge.appendChild(newElement(edge, "color", { rgb: color }));
      border.appendChild(edge);
    }
    border.appendChild(newElement(border, "diagonal"));
    return this.indexOf("borders", border);
  }

  /** The index of a cell format looking like `spec`, appended when there is none. */
  cellFormat(spec: CellFormatSpec): number {
    const cellXfs = this.collection("cellXfs");
    const xf = newElement(cellXfs, "xf", {
      numFmtId: String(spec.numberFormat === null ? 0 : this.numberFormatId(spec.numberFormat)),
      fontId: String(spec.font === null ? 0 : this.font(spec.font)),
      fillId: String(this.fill(spec.fill)),
      borderId: String(this.border(spec.border)),
      xfId: "0",
    });
    if (spec.numberFormat !== null) xf.setAttribute("applyNumberFormat", "1");
    if (spec.font !== null) xf.setAttribute("applyFont", "1");
    if (spec.fill !== null) xf.setAttribute("applyFill", "1");
    if (spec.border !== null) xf.setAttribute("applyBorder", "1");
    xf.setAttribute("applyAlignment", "1");
    const alignment = newElement(xf, "alignment");
    if (spec.alignment.horizontal !== null) alignment.setAttribute("horizontal", spec.alignment.horizontal);
    alignment.setAttribute("vertical", spec.alignment.vertical);
    if (spec.alignment.wrap) alignment.setAttribute("wrapText", "1");
    xf.appendChild(alignment);
    return this.indexOf("cellXfs", xf);
  }
}
