import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import type { UnknownHeader } from "../headers";
import type { LocatedTable } from "../locate-tables";
import { makeFinding, sheetOf } from "./rule-kit";

/** A header that matches no column of the table: allowed, but said. */
export function columnUnknown(table: LocatedTable, unknown: UnknownHeader): Finding {
  return makeFinding(
    "column-unknown",
    "info",
    { table, row: null, columnIndex: unknown.index },
    unknown.header,
    TEXT.columnUnknown({
      sheet: sheetOf(table),
      header: unknown.header,
      known: table.def.columns.map((c) => c.header),
    }),
  );
}
