import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { makeFinding, type Target } from "./rule-kit";

/** Activity Nr not `N.M`; Löptid neither Tillsvidare nor a date range. */
export function pattern(target: Target, column: ColumnDef, value: string): Finding {
  const expected =
    column.type === "activityNr"
      ? `ett aktivitetsnummer i formen N.M, till exempel "1.1" eller "3.10" (områdets nummer, punkt, löpnummer)`
      : `"Tillsvidare" eller ett datumintervall som "2026-01-01–2026-12-31" (tankstreck, " - " eller "till" mellan datumen, slutdatum inte före startdatum)`;
  return makeFinding(
    "pattern",
    "error",
    target,
    value,
    `"${column.header}" ska vara ${expected}, men är "${value}".`,
  );
}
