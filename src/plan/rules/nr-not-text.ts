import type { ColumnDef } from "../contract";
import type { Finding } from "../finding";
import { makeFinding, type Target } from "./rule-kit";

/** An activity Nr stored as a number or a date: Excel turns 1.10 into 1.1. */
export function nrNotText(
  target: Target,
  column: ColumnDef,
  storedAs: "number" | "date",
  value: string | null,
): Finding {
  const what = storedAs === "number" ? "ett tal" : "ett datum";
  return makeFinding(
    "nr-not-text",
    "error",
    target,
    value,
    `"${column.header}" är lagrat som ${what} (${value ?? ""}), inte som text. Excel gör då 1.10 till 1.1 ` +
      `och kan göra 1.1 till ett datum. Formatera kolumnen som Text och skriv in numret igen.`,
  );
}
