/**
 * The workbook's defined names (`<definedNames>` in `xl/workbook.xml`): read, one set
 * (replacing the name of the same spelling and scope, as Excel compares them) or removed,
 * and formulas in them rewritten. Every other name stays as it was.
 */
import type { Element } from "@xmldom/xmldom";
import { excelNameKey } from "../../plan";
import { WORKBOOK_ORDER } from "./workbook-sheets";
import {
  childElement,
  childElements,
  insertInOrder,
  newElement,
  parseXml,
  rootOf,
  serializeXml,
} from "./xml";

export interface DefinedName {
  readonly name: string;
  /** The index of the sheet a sheet-scoped name belongs to; null for the workbook. */
  readonly localSheetId: number | null;
  /** The formula, without "=". */
  readonly value: string;
  readonly hidden?: boolean;
}

/** What comes after `<definedNames>` in CT_Workbook. */
const AFTER_DEFINED_NAMES = WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf("definedNames") + 1);

function scopeOf(element: Element): number | null {
  const local = element.getAttribute("localSheetId");
  return local === null || local === "" ? null : Number(local);
}

function entries(root: Element): Element[] {
  const block = childElement(root, "definedNames");
  return block ? childElements(block, "definedName") : [];
}

export function readDefinedNames(xml: string): DefinedName[] {
  return entries(rootOf(parseXml(xml))).map((e) => ({
    name: e.getAttribute("name") ?? "",
    localSheetId: scopeOf(e),
    value: e.textContent ?? "",
    hidden: e.getAttribute("hidden") === "1" || e.getAttribute("hidden") === "true",
  }));
}

/** Removes the names `remove` picks; the workbook part unchanged when it picks none. */
export function removeDefinedNames(xml: string, remove: (name: DefinedName) => boolean): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  let removed = false;
  for (const element of entries(root)) {
    const name = {
      name: element.getAttribute("name") ?? "",
      localSheetId: scopeOf(element),
      value: element.textContent ?? "",
    };
    if (!remove(name)) continue;
    element.parentNode?.removeChild(element);
    removed = true;
  }
  const block = childElement(root, "definedNames");
  if (block && childElements(block).length === 0) root.removeChild(block);
  return removed ? serializeXml(document) : xml;
}

/** Sets the name, replacing one of the same spelling (any case) and scope. */
export function setDefinedName(xml: string, name: DefinedName): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  const key = excelNameKey(name.name);
  for (const element of entries(root)) {
    if (excelNameKey(element.getAttribute("name") ?? "") === key && scopeOf(element) === name.localSheetId) {
      element.parentNode?.removeChild(element);
    }
  }
  let block = childElement(root, "definedNames");
  if (block === undefined) {
    block = newElement(root, "definedNames");
    insertInOrder(root, block, AFTER_DEFINED_NAMES);
  }
  const element = newElement(block, "definedName", { name: name.name });
  if (name.localSheetId !== null) element.setAttribute("localSheetId", String(name.localSheetId));
  if (name.hidden === true) element.setAttribute("hidden", "1");
  element.appendChild(document.createTextNode(name.value));
  block.appendChild(element);
  return serializeXml(document);
}

/** Every name's formula passed through `rewrite`; unchanged when none changes. */
export function rewriteDefinedNames(xml: string, rewrite: (formula: string) => string): string {
  const document = parseXml(xml);
  let changed = false;
  for (const element of entries(rootOf(document))) {
    const before = element.textContent ?? "";
    const after = rewrite(before);
    if (after === before) continue;
    element.textContent = after;
    changed = true;
  }
  return changed ? serializeXml(document) : xml;
}
