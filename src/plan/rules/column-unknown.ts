import type { Finding } from "../finding";
import type { UnknownHeader } from "../headers";
import type { LocatedTable } from "../locate-tables";
import { listSv } from "../text";
import { makeFinding } from "./rule-kit";

/** A header that matches no column of the table: allowed, but said. */
export function columnUnknown(table: LocatedTable, unknown: UnknownHeader): Finding {
  const known = table.def.columns.map((c) => c.header);
  return makeFinding(
    "column-unknown",
    "info",
    { table, row: null, columnIndex: unknown.index },
    unknown.header,
    `Kolumnen "${unknown.header}" hör inte till tabellen ${table.def.name} och kontrolleras inte. ` +
      `Kända kolumner: ${listSv(known)}. Byt rubrik om den var tänkt som någon av dem.`,
  );
}
