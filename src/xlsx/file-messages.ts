/**
 * What the user reads when a workbook cannot be opened or saved: what is wrong and what to
 * do about it. One place for every message of `WorkbookFileError`.
 */
import { groupDigits, MAX_ROWS } from "../plan";

const RESAVE = "Öppna den i Excel och spara om den som Excel-arbetsbok (.xlsx).";

/** " eller skriv till en kopia med -o UT.xlsx" where the command can. */
function orCopy(copyOption: string | undefined): string {
  return copyOption === undefined ? "" : `, eller skriv till en kopia med ${copyOption}`;
}

function megabytes(bytes: number): string {
  return `${groupDigits(Math.round(bytes / 1024 / 1024))} MB`;
}

export interface OpenLock {
  readonly program: string;
  readonly lockFile: string;
  readonly user: string | null;
}

export const FILE_MESSAGES = {
  missing: (file: string) => `Filen "${file}" finns inte. Kontrollera sökvägen och filnamnet.`,
  directory: (file: string) =>
    `"${file}" är en mapp, inte en fil. Ange sökvägen till en Excel-arbetsbok (.xlsx).`,
  unreadable: (file: string, reason: string) => `Filen "${file}" kan inte läsas: ${reason}.`,
  empty: (file: string) =>
    `Filen "${file}" är tom (0 byte) och är ingen Excel-arbetsbok. Välj rätt fil, eller skapa en ny arbetsbok från mallen.`,
  legacyXls: (file: string) =>
    `Filen "${file}" är en Excel-arbetsbok i det äldre formatet (.xls) som inte kan läsas. ${RESAVE}`,
  encrypted: (file: string) =>
    `Arbetsboken "${file}" är lösenordsskyddad (krypterad) och kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord) och spara den igen.`,
  legacyWord: (file: string) =>
    `Filen "${file}" är ett Word-dokument (.doc), inte en Excel-arbetsbok. Välj planens Excel-arbetsbok (.xlsx).`,
  text: (file: string) =>
    `Filen "${file}" är en textfil (till exempel CSV) och ingen Excel-arbetsbok, vad filnamnet än säger. ${RESAVE}`,
  word: (file: string) =>
    `Filen "${file}" är ett Word-dokument, inte en Excel-arbetsbok. Välj planens Excel-arbetsbok (.xlsx).`,
  powerPoint: (file: string) =>
    `Filen "${file}" är en PowerPoint-presentation, inte en Excel-arbetsbok. Välj planens Excel-arbetsbok (.xlsx).`,
  openDocument: (file: string) =>
    `Filen "${file}" är ett OpenDocument-kalkylark (.ods). Öppna den i Excel eller LibreOffice och spara om den som Excel-arbetsbok (.xlsx).`,
  binaryWorkbook: (file: string) =>
    `Filen "${file}" är en binär Excel-arbetsbok (.xlsb) som inte kan läsas. ${RESAVE}`,
  zipNotWorkbook: (file: string) =>
    `Filen "${file}" är ett zip-arkiv men ingen Excel-arbetsbok. Välj en Excel-arbetsbok (.xlsx), eller spara om filen som Excel-arbetsbok (.xlsx).`,
  notWorkbook: (file: string) =>
    `Filen "${file}" är ingen Excel-arbetsbok (.xlsx) och kan inte läsas. Spara om filen som Excel-arbetsbok (.xlsx) i Excel.`,
  corrupt: (file: string) =>
    `Arbetsboken "${file}" är skadad och kan inte läsas. Öppna den i Excel, som kan försöka reparera den, och spara om den som Excel-arbetsbok (.xlsx).`,
  sheetNameEmpty: () =>
    "Arbetsboken har ett blad utan namn, vilket Excel inte tillåter. Ge bladet ett namn (till exempel i LibreOffice) och försök igen.",
  sheetNameTooLong: (sheet: string, length: number) =>
    `Bladet "${sheet}" har ett namn på ${length} tecken, men Excel tillåter högst 31. ` +
    "Ge bladet ett kortare namn (till exempel i LibreOffice, som skapar sådana namn) och försök igen.",
  sheetNameCharacter: (sheet: string, character: string) =>
    `Bladet "${sheet}" har tecknet ${character} i namnet, vilket Excel inte tillåter i bladnamn ` +
    "(inte heller : \\ / ? * [ eller ]). Byt namn på bladet och försök igen.",
  sheetNameApostrophe: (sheet: string) =>
    `Bladet "${sheet}" har ett namn som börjar eller slutar med en apostrof ('), vilket Excel inte tillåter. ` +
    "Byt namn på bladet och försök igen.",
  duplicateTables: (first: { name: string; sheet: string }, second: { name: string; sheet: string }) =>
    `Arbetsboken har två tabeller med samma namn: "${first.name}" på bladet "${first.sheet}" och ` +
    `"${second.name}" på bladet "${second.sheet}". Excel kräver att varje tabell har ett eget namn ` +
    "(stora och små bokstäver räknas lika), och det går inte att veta vilken av dem som är planens. " +
    "Byt namn på den ena tabellen (Tabelldesign > Tabellnamn) och försök igen.",
  sheetExists: (sheet: string) =>
    `Arbetsboken har redan ett blad som heter "${sheet}". Byt namn på eller ta bort det bladet och försök igen.`,
  tableExists: (table: string) =>
    `Arbetsboken har redan en tabell som heter "${table}". Byt namn på eller ta bort den tabellen och försök igen.`,
  tableNotFound: (table: string, sheet: string) =>
    `Tabellen "${table}" finns inte längre på bladet "${sheet}". Läs in arbetsboken igen och försök på nytt.`,
  sheetNotFound: (sheet: string) =>
    `Bladet "${sheet}" finns inte längre i arbetsboken. Läs in arbetsboken igen och försök på nytt.`,
  occupiedBelow: (sheet: string, address: string) =>
    `Raderna kan inte läggas till: cellen ${address} på bladet "${sheet}" under tabellen är inte tom. Flytta det som står under tabellen och försök igen.`,
  exists: (file: string) => `Filen "${file}" finns redan. Välj ett annat filnamn, eller ta bort filen först.`,
  folderMissing: (folder: string) => `Mappen "${folder}" finns inte. Skapa mappen eller välj en annan plats.`,
  tooLarge: (file: string, bytes: number, limit: number) =>
    `Arbetsboken "${file}" är för stor för att läsas: delarna innehåller ${megabytes(bytes)} data och gränsen är ${megabytes(limit)}. ` +
    "Ta bort blad och rader som inte hör till planen, eller dela upp arbetsboken, och försök igen.",
  tooManyCells: (file: string, limit: number) =>
    `Arbetsboken "${file}" är för stor för att läsas: bladen har tillsammans fler än ${groupDigits(limit)} rader och celler. ` +
    "Ta bort blad och rader som inte hör till planen, eller dela upp arbetsboken, och försök igen.",
  wouldLose: (file: string, content: readonly string[]) =>
    `Arbetsboken "${file}" innehåller ${listText(content)}, som atgardsplan inte kan spara. ` +
    "Filen lämnades orörd, så att inget går förlorat. Gör ändringen i Excel med tillägget Åtgärdsplan, som behåller allt.",
  tooManyRows: (sheet: string, lastRow: number) =>
    `Bladet "${sheet}" skulle behöva ${groupDigits(lastRow)} rader, men ett Excel-blad rymmer högst ${groupDigits(MAX_ROWS)}. Inget skrevs.`,
  structureLocked: (sheet: string) =>
    `Arbetsbokens struktur är skyddad, så bladet "${sheet}" kan inte läggas till. ` +
    "Ta bort skyddet i Excel (Granska > Skydda arbetsbok) och försök igen. Inget skrevs.",
  sheetProtected: (sheet: string) =>
    `Bladet "${sheet}" är skyddat, så tabellen där kan inte få fler rader. ` +
    "Ta bort bladskyddet i Excel (Granska > Ta bort bladskydd) och försök igen. Inget skrevs.",
  fileTooLarge: (file: string, bytes: number) =>
    `Filen "${file}" är för stor (${megabytes(bytes)}) för att läsas som en planarbetsbok. ` +
    "Ta bort blad och rader som inte hör till planen, eller dela upp arbetsboken, och försök igen.",
  readOnly: (file: string, copyOption?: string) =>
    `Filen "${file}" är skrivskyddad och lämnades orörd. Ta bort skrivskyddet (i filens egenskaper) och försök igen${orCopy(copyOption)}.`,
  openElsewhere: (file: string, lock: OpenLock, copyOption?: string) =>
    `Filen "${file}" är öppen i ${lock.program}${lock.user === null ? "" : ` (av ${lock.user})`} och lämnades orörd: ` +
    `det som sparas där skulle annars skriva över ändringarna, eller tvärtom. Stäng filen och försök igen${orCopy(copyOption)}. ` +
    `Har ingen filen öppen kan låsfilen "${lock.lockFile}" vara kvar efter en krasch: ta då bort den.`,
  otherWriter: (file: string) =>
    `En annan körning av atgardsplan skriver i "${file}" just nu, så den här lämnade filen orörd. ` +
    "Vänta tills den är klar och kör kommandot igen.",
  changedMeanwhile: (file: string) =>
    `"${file}" ändrades av någon annan medan atgardsplan arbetade (till exempel sparades den i Excel eller ` +
    "synkades från SharePoint eller OneDrive), så inget skrevs: det hade skrivit över den ändringen. Kör kommandot igen.",
  ownerNotKept: (file: string) =>
    `Filen "${file}" ägs av en annan användare, och atgardsplan kan inte spara den utan att byta ägare. Inget skrevs. ` +
    "Kör kommandot som filens ägare.",
  notSaved: (file: string, reason: string) =>
    `Arbetsboken kunde inte sparas som "${file}": ${reason}. Inget sparades.`,
} as const;

/** "a", "a och b", "a, b och c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1] ?? ""}`;
}

/** A file-system error code in Swedish words, for `unreadable` and `notSaved`. */
export function fileErrorReason(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "behörighet saknas";
    case "EBUSY":
      return "filen används av ett annat program (är den öppen i Excel?)";
    case "ENOSPC":
      return "disken är full";
    case "EROFS":
      return "platsen är skrivskyddad";
    case "ENOENT":
      return "mappen finns inte";
    case "EISDIR":
      return "det finns en mapp med det namnet";
    case "ENOTDIR":
      return "en del av sökvägen är ingen mapp";
    default:
      return code === undefined ? "okänt fel" : `filsystemet svarade ${code}`;
  }
}
