import { listSv } from "../text";
import type { TableDef } from "../contract";
import type { Finding } from "../finding";

/** A table cannot be found: an error for required tables, info for optional ones. */
export function tableMissing(def: TableDef): Finding {
  const required = def.columns.filter((c) => c.required).map((c) => c.header);
  const consequence = def.required
    ? "Planen kan inte kontrolleras utan den."
    : "Tabellen är frivillig; kontroller som behöver den hoppas över.";
  return {
    rule: "table-missing",
    severity: def.required ? "error" : "info",
    table: def.name,
    column: null,
    row: null,
    address: null,
    value: null,
    message:
      `Tabellen ${def.name} saknas. ${consequence} Lägg till en Excel-tabell med namnet ` +
      `"${def.name}" på bladet "${def.sheet}" med kolumnerna ${listSv(required)}, ` +
      `eller skapa en ny plan med "atgardsplan mall".`,
  };
}
