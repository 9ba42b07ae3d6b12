/**
 * The ExcelApi requirement set of each member of the Excel JavaScript API, as Microsoft's
 * client library records it: every member above ExcelApi 1.1 begins with
 * `_throwIfApiNotSupported("Range.getRowsBelow", _defaultApiSetName, "1.3", _hostName)`.
 * (The client library itself never acts on those checks: in 1.1.110 the switch it sets,
 * `OfficeExtension.Utility._doApiNotSupportedCheck`, shadows the one the check reads. So it is
 * the simulated Excel that refuses, as Excel does, what its version does not have.)
 */
import { readFileSync } from "node:fs";
import { EXCEL_CLIENT_FILE } from "./client";

let sets: Map<string, string> | null = null;

const key = (type: string, member: string): string => `${type}.${member}`.toLowerCase();

function load(): Map<string, string> {
  if (sets) return sets;
  const source = readFileSync(EXCEL_CLIENT_FILE, "utf8");
  sets = new Map();
  for (const match of source.matchAll(
    /_throwIfApiNotSupported\("(\w+)\.(\w+)", _defaultApiSetName, "(\d+\.\d+)"/g,
  )) {
    const [, type = "", member = "", version = ""] = match;
    sets.set(key(type, member), version);
  }
  return sets;
}

/** The ExcelApi version that brought `type.member` (camelCase or PascalCase); "1.1" if none is recorded. */
export function excelApiOf(type: string, member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return load().get(key(type, name)) ?? "1.1";
}
