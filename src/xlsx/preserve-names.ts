/**
 * Defined names exceljs cannot carry: it drops a name holding a constant (`0.25`), mangles
 * one holding a formula (`SUM(Blad!$B$2:$B$4)` comes back as `'SUM(Blad'!$B$2:$B$4`), makes
 * a sheet-scoped name workbook-wide and loses `hidden` and comments. Such names are put back
 * after the save exactly as the original had them, scoped to the same sheet by name.
 */
import { sheetNamesInOrder } from "./package-parts";
import { xmlAttribute } from "./xml-text";

interface NameElement {
  readonly xml: string;
  readonly name: string;
  readonly localSheetId: number | undefined;
  readonly attributes: string;
  readonly value: string;
}

const ELEMENT = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
const DEFINED_NAMES = /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/;
/** A plain reference exceljs reads and writes back intact: `Blad!$A$1:$B$2`, `'Blad 1'!A1`. */
const PLAIN_RANGE = /^(?:'(?:[^']|'')+'|[^\s'!(),]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
/** Names exceljs rebuilds from each sheet's page setup. */
const PAGE_SETUP_NAMES = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);

function parseNames(workbookXml: string): NameElement[] {
  const block = DEFINED_NAMES.exec(workbookXml)?.[0] ?? "";
  return [...block.matchAll(ELEMENT)].map((m) => {
    const attributes = m[1] ?? "";
    const local = xmlAttribute(attributes, "localSheetId");
    return {
      xml: m[0],
      name: xmlAttribute(attributes, "name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      attributes,
      value: m[2] ?? "",
    };
  });
}

/** Whether exceljs keeps the name as it was. */
function carriedByExcelJs(name: NameElement): boolean {
  if (PAGE_SETUP_NAMES.has(name.name.toLowerCase())) return true;
  const others = name.attributes.replace(/\s*name\s*=\s*"[^"]*"/, "").trim();
  if (others !== "") return false;
  const value = name.value.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return value.split(",").every((part) => PLAIN_RANGE.test(part.trim()));
}

/** Names this tool makes and changes itself (report markers, plan bindings). */
const OWN_NAME = /^_?atgardsplan/i;

export interface KeptName {
  /** The `<definedName>` element as the original had it. */
  readonly xml: string;
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to. */
  readonly sheet?: string;
}

/**
 * The names of the original workbook part that exceljs would lose or change, with every
 * other name of the same spelling (exceljs cannot tell a sheet's "Urval" from the workbook's).
 */
export function namesToKeep(originalWorkbookXml: string): KeptName[] {
  const sheets = sheetNamesInOrder(originalWorkbookXml);
  const names = parseNames(originalWorkbookXml).filter((n) => !OWN_NAME.test(n.name));
  const lost = new Set(names.filter((n) => !carriedByExcelJs(n)).map((n) => n.name.toLowerCase()));
  return names
    .filter((n) => lost.has(n.name.toLowerCase()))
    .map((n) => {
      const sheet = n.localSheetId === undefined ? undefined : sheets[n.localSheetId];
      return sheet === undefined ? { xml: n.xml, name: n.name } : { xml: n.xml, name: n.name, sheet };
    });
}

/** The written workbook part with the kept names back in place of what exceljs made of them. */
export function restoreNames(writtenWorkbookXml: string, keep: readonly KeptName[]): string {
  if (keep.length === 0) return writtenWorkbookXml;
  const sheets = sheetNamesInOrder(writtenWorkbookXml);
  const replaced = new Set(keep.map((k) => k.name.toLowerCase()));
  const written = parseNames(writtenWorkbookXml).filter((n) => !replaced.has(n.name.toLowerCase()));
  const restored: string[] = [];
  for (const kept of keep) {
    if (kept.sheet === undefined) {
      restored.push(kept.xml);
      continue;
    }
    const index = sheets.indexOf(kept.sheet);
    // A name scoped to a sheet that is gone goes with it, as in Excel.
    if (index === -1) continue;
    restored.push(kept.xml.replace(/localSheetId\s*=\s*"[^"]*"/, `localSheetId="${index}"`));
  }
  const block = `<definedNames>${[...written.map((n) => n.xml), ...restored].join("")}</definedNames>`;
  if (DEFINED_NAMES.test(writtenWorkbookXml)) return writtenWorkbookXml.replace(DEFINED_NAMES, block);
  return writtenWorkbookXml.replace(/<\/sheets>/, `</sheets>${block}`);
}
