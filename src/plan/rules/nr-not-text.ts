import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { makeFinding, type Target } from "./rule-kit";

/** An activity Nr stored as a number or a date: Excel turns 1.10 into 1.1. */
export function nrNotText(
  target: Target,
  column: ColumnDef,
  storedAs: "number" | "date",
  value: string | null,
): Finding {
  return makeFinding(
    "nr-not-text",
    "error",
    target,
    value,
    TEXT.nrNotText({ header: column.header, storedAs, value: value ?? "" }),
  );
}
