/**
 * Excel dates as exceljs hands them over (JS Dates in UTC) and back, with Excel's 1900
 * calendar: serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that never was.
 * exceljs converts serials with plain arithmetic from 1899-12-30, which is right from
 * 1 March 1900 (serial 61) on and one day early before it.
 */
const DAY_MS = 86_400_000;
/** 1899-12-31T00:00Z: exceljs's Date for serial 1. */
const SERIAL_1_MS = Date.UTC(1899, 11, 31);
/** 1900-03-01T00:00Z: serial 61, from where exceljs's arithmetic is right. */
const SERIAL_61_MS = Date.UTC(1900, 2, 1);
/** exceljs's Date for serial 60, the fictitious 1900-02-29. */
const SERIAL_60_MS = Date.UTC(1900, 1, 28);
/** 1904-01-01T00:00Z: serial 0 in a 1904 workbook. */
const FIRST_1904_MS = Date.UTC(1904, 0, 1);

function isoOf(ms: number): string {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/**
 * The calendar date Excel shows for a date cell that exceljs read as `date`; a time of day
 * is dropped. Null for an invalid Date.
 */
export function excelDateIso(date: Date, date1904: boolean): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (date1904 || day < SERIAL_1_MS || day >= SERIAL_61_MS) return isoOf(day);
  if (day === SERIAL_60_MS) return "1900-02-29";
  return isoOf(day + DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The JS Date to hand exceljs so that Excel shows `iso` (`YYYY-MM-DD`); null when `iso` is
 * not a calendar date or lies before the workbook's first date (1900-01-01 or 1904-01-01).
 */
export function excelDateOf(iso: string, date1904: boolean): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y = "", m = "", d = ""] = match;
  if (!date1904 && iso === "1900-02-29") return new Date(SERIAL_60_MS);
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (isoOf(ms) !== iso) return null;
  // Excel has no dates before its epoch: such a date can only be text.
  if (ms < (date1904 ? FIRST_1904_MS : SERIAL_1_MS + DAY_MS)) return null;
  if (date1904 || ms >= SERIAL_61_MS) return new Date(ms);
  return new Date(ms - DAY_MS);
}

/** The calendar date of an Excel date serial (a number cell with a date format). */
export function excelSerialIso(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return excelDateIso(new Date(ms), date1904);
}

/**
 * The serial number Excel stores for the calendar date `iso` (`YYYY-MM-DD`); null when it is
 * not a date or lies before the workbook's first date (1900-01-01 or 1904-01-01).
 */
export function excelSerialOf(iso: string, date1904: boolean): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  if (!date1904 && iso === "1900-02-29") return 60;
  const [, y = "", m = "", d = ""] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (isoOf(ms) !== iso) return null;
  if (date1904) return ms < FIRST_1904_MS ? null : (ms - FIRST_1904_MS) / DAY_MS;
  if (ms < SERIAL_1_MS + DAY_MS) return null;
  // Excel counts the 29 February 1900 that never was: from 1 March 1900 on, one day more.
  return (ms - SERIAL_1_MS) / DAY_MS + (ms >= SERIAL_61_MS ? 1 : 0);
}
