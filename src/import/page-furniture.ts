/**
 * Page furniture in the exported text: the page header and footer that Word repeats on
 * every page ("Diarienummer: 6 av 14", "Lokalpolisområde xxx", "Xxx stadsdelsförvaltning:",
 * "Bilaga 7.1") and bare page numbers. They are never content.
 */
const FURNITURE: readonly RegExp[] = [
  /^Diarienummer\b.*$/iu,
  /^Bilaga\s+\d+(?:\.\d+)*$/iu,
  /^Lokalpolisområde(?:\s+[\p{L}\d-]+){1,3}:?$/iu,
  /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+stadsdelsförvaltning:$/iu,
  /^(?:Sida\s+)?\d{1,3}\s*(?:av|\/)\s*\d{1,3}$/iu,
  /^\d{1,3}\s*\(\d{1,3}\)$/u,
];

/** Whether a (cleaned) line of exported text is page furniture. */
export function isPageFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line));
}
