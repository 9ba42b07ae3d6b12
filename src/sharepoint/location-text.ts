/** The SharePoint facts of a workbook as Swedish text for the task pane and the CLI. */
import type { FileLocation } from "./locate-file";

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

function inZone(format: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("sv-SE", { ...format, timeZone });
}

/**
 * "Senast ändrad av Anna Andersson den 12 mars 2026 kl. 09:15" (Swedish time), or what is
 * known of it; null when SharePoint told neither who nor when.
 */
export function modifiedText(
  location: Pick<FileLocation, "modifiedBy" | "modified">,
  timeZone = "Europe/Stockholm",
): string | null {
  const date = location.modified === null ? null : new Date(location.modified);
  const when =
    date === null || Number.isNaN(date.getTime())
      ? null
      : `den ${inZone(DAY, timeZone).format(date)} kl. ${inZone(TIME, timeZone).format(date)}`;
  const who = location.modifiedBy === null ? null : `av ${location.modifiedBy}`;
  if (who === null && when === null) return null;
  return ["Senast ändrad", who, when].filter((p) => p !== null).join(" ");
}

/** "Dokument › Planer/2026" — the library and the folder inside it. */
export function placeText(location: Pick<FileLocation, "library" | "folder">): string {
  const inside = location.folder.pathInLibrary;
  if (location.library === null) return location.folder.serverRelativeUrl;
  return inside === "" ? location.library.title : `${location.library.title} › ${inside}`;
}
