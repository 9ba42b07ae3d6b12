/**
 * The Office.js adapter's fault: Excel could not do what was asked. Carries a Swedish message
 * for the user (what happened and what to do) and the original error as `cause`.
 */
export class ExcelError extends Error {
  readonly userMessage: string;
  /** The Office.js error code, when Excel gave one (e.g. "ItemNotFound"). */
  readonly code: string | null;

  constructor(userMessage: string, options?: { cause?: unknown; code?: string | null }) {
    super(userMessage, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ExcelError";
    this.userMessage = userMessage;
    this.code = options?.code ?? null;
  }
}

const AGAIN = "Läs in arbetsboken igen och försök på nytt.";

/** Every message of `ExcelError`, in one place. */
export const EXCEL_MESSAGES = {
  timeout: (seconds: number) =>
    `Excel svarar inte (inget svar på ${seconds} sekunder). Vänta en stund och försök igen. ` +
    "Hjälper det inte: stäng arbetsboken, öppna den igen och starta tillägget på nytt.",
  tableChanged: (table: string) =>
    `Tabellen "${table}" har ändrats av någon annan medan du arbetade (rader eller rubriker har lagts till eller tagits bort). ${AGAIN}`,
  tableNotFound: (table: string) => `Tabellen "${table}" finns inte längre i arbetsboken. ${AGAIN}`,
  sheetNotFound: (sheet: string) => `Bladet "${sheet}" finns inte längre i arbetsboken. ${AGAIN}`,
  sheetExists: (sheet: string) =>
    `Arbetsboken har redan ett blad som heter "${sheet}". Byt namn på eller ta bort det bladet och försök igen.`,
  tableExists: (table: string) =>
    `Arbetsboken har redan en tabell som heter "${table}". Byt namn på eller ta bort den tabellen och försök igen.`,
  occupiedBelow: (sheet: string, address: string) =>
    `Raderna kan inte läggas till: ${address} på bladet "${sheet}" under tabellen är inte tomt. ` +
    "Flytta det som står under tabellen och försök igen.",
  sheetProtected: (sheet: string) =>
    `Bladet "${sheet}" är skyddat, så planen kan inte kopplas där. ` +
    "Ta bort bladskyddet (Granska → Ta bort bladskydd) och koppla planen igen.",
  totalsRow: (table: string, rows: number) =>
    `Tabellen "${table}" har en summarad, och ${rows === 1 ? "en ny rad" : `${rows} nya rader`} får inte plats ovanför den. ` +
    "Lägg till tomma rader i tabellen ovanför summaraden (eller stäng av summaraden under Tabelldesign) och försök igen.",
  cellEditing: () =>
    "Excel väntar på att du ska avsluta redigeringen av en cell. Tryck Enter eller Esc i Excel och försök igen.",
  payloadTooLarge: () =>
    "Ändringen blev för stor för Excel på webben att ta emot på en gång. Försök igen; " +
    "hjälper det inte, gör samma sak i Excel för skrivbordet.",
  accessDenied: () =>
    "Excel tillåter inte ändringen: arbetsboken eller bladet är skrivskyddat, eller så redigerar någon annan samma ställe just nu. " +
    "Försök igen om en stund.",
  /** The follow-up form saves rows only into a table without a totals row (write-rows.ts). */
  totalsRowSave: (table: string) =>
    `Raderna kan inte sparas i tabellen "${table}" eftersom den har en summarad. ` +
    "Stäng av summaraden (Tabelldesign → Summarad) och försök igen.",
  failed: (action: string, code: string) =>
    `Excel kunde inte ${action} (felkod ${code}). Försök igen; hjälper det inte, ladda om tillägget.`,
} as const;

const CODE_MESSAGES: Record<string, () => string> = {
  InvalidOperationInCellEditMode: EXCEL_MESSAGES.cellEditing,
  RequestPayloadSizeLimitExceeded: EXCEL_MESSAGES.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: EXCEL_MESSAGES.payloadTooLarge,
  AccessDenied: EXCEL_MESSAGES.accessDenied,
  Conflict: EXCEL_MESSAGES.accessDenied,
};

/**
 * Any error from a batch as what the user should read. Errors that already speak to the user
 * (an `ExcelError`, or the plan's own faults with a `userMessage`) pass through unchanged.
 */
export function toExcelError(error: unknown, action: string): Error {
  if (error instanceof ExcelError) return error;
  if (error instanceof Error && typeof (error as { userMessage?: unknown }).userMessage === "string")
    return error;
  const code =
    typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "Okänt";
  const message = CODE_MESSAGES[code]?.() ?? EXCEL_MESSAGES.failed(action, code);
  return new ExcelError(message, { cause: error, code });
}
