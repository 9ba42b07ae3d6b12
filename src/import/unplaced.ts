/** Text from the document that the import could not place in the workbook. */

export interface UnplacedText {
  /** Where it stood: "Inledningen", "Område 2", "Aktivitet 1.1". */
  readonly where: string;
  /** Why it has no place, in Swedish: "text utan rubrik", "okänd rubrik \"Budget\"". */
  readonly reason: string;
  /** The text itself, whole. */
  readonly text: string;
}

/** Text shortened for a message, on one line. */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** One line for the user: `Aktivitet 1.1: okänd rubrik "Budget": "50 000 kr"`. */
export function describeUnplaced(item: UnplacedText, max = 120): string {
  return `${item.where}: ${item.reason}: "${excerpt(item.text, max)}"`;
}
