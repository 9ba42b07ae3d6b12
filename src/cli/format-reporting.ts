/**
 * `validera`'s "Rapporteringsläge" section, when a deadline is near: each activity with its
 * convener and whether it has reported, and how to write the reminders.
 */
import { capitalized, type ReportingOverview } from "../plan";
import { shellWord } from "./options";

export function formatReporting(overview: ReportingOverview, file: string): string {
  const when = `${overview.period} ${overview.year}`;
  const lines = [
    `Rapporteringsläge ${when}: ${overview.deadlineText}. ${capitalized(overview.summary)}.`,
    ...overview.activities.map((a) => {
      const convener = a.convener === null ? "" : ` (${a.convener})`;
      return `  ${a.nr} ${a.name}${convener}: ${a.text}`;
    }),
  ];
  if (overview.counts.missing > 0) {
    lines.push(
      `Påminnelser till dem som saknas: atgardsplan paminn ${shellWord(file)} --period ${overview.period} ` +
        `--ar ${overview.year} -o paminnelser`,
    );
  }
  return lines.join("\n");
}
