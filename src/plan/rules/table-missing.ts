import type { TableDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";

/** A table cannot be found: an error for required tables, info for optional ones. */
export function tableMissing(def: TableDef): Finding {
  return {
    rule: "table-missing",
    severity: def.required ? "error" : "info",
    table: def.name,
    column: null,
    row: null,
    address: null,
    value: null,
    message: TEXT.tableMissing({
      sheet: def.sheet,
      excelName: def.name,
      required: def.required,
      columns: def.columns.filter((c) => c.required).map((c) => c.header),
    }),
  };
}
