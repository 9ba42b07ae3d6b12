/**
 * What either workbook adapter tells the user when "Koppla" cannot be carried out. The checks
 * are the adapters' own; the words are shared so the add-in and the CLI say the same thing.
 */
const AGAIN = "Läs in arbetsboken igen och koppla planen på nytt.";

export const BINDING_MESSAGES = {
  noTable: (table: string) => `Tabellen "${table}" finns inte i arbetsboken. ${AGAIN}`,
  notRange: (range: string) => `"${range}" är inget cellområde. ${AGAIN}`,
  overlapsTable: (address: string) =>
    `Området ${address} går inte att göra till en tabell: det överlappar en annan tabell. Välj ett annat område.`,
  header: (address: string) =>
    `Området går inte att göra till en tabell utan att ändra rubriken i ${address}: varje rubrik måste vara ` +
    "en text som inte upprepas och inte en formel. Rätta rubriken i Excel och koppla planen igen.",
  merged: (address: string) =>
    `Området ${address} har sammanfogade celler, som en tabell inte kan ha. Dela upp cellerna och koppla planen igen.`,
  occupied: (table: string, address: string) =>
    `Kolumner kan inte läggas till i tabellen ${table}: cellen ${address} till höger om tabellen är inte tom. ` +
    "Flytta det som står där och koppla planen igen.",
} as const;
