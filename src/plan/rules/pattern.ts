import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { makeFinding, type Target } from "./rule-kit";

/** Activity Nr not `N.M`; Löptid neither Tillsvidare nor a date range. */
export function pattern(target: Target, column: ColumnDef, value: string): Finding {
  const message =
    column.type === "activityNr"
      ? TEXT.patternActivityNr({ header: column.header, value })
      : TEXT.patternDuration({ header: column.header, value });
  return makeFinding("pattern", "error", target, value, message);
}
