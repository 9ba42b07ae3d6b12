/**
 * Which activities go on into next year's plan: those whose Löptid continues into it
 * ("Tillsvidare", or a date range that has not ended before the new year begins). The others
 * stay behind, each with the reason, in Swedish, as the user will read it.
 */
import { parseDuration } from "../duration";
import type { Activity } from "../plan-data";

/** An activity that does not go on into the new plan, and why. */
export interface LeftBehind {
  /** The activity's Nr, or null when it has none that can be read. */
  readonly nr: string | null;
  readonly name: string | null;
  /** Its row number on the Aktiviteter sheet, as Excel shows it. */
  readonly sheetRow: number;
  /** Why, e.g. "Löptiden slutade 2026-12-31." */
  readonly reason: string;
}

/** An activity that goes on: one with a Nr. */
export type CarriedActivity = Activity & { readonly nr: string };

export interface CarriedActivities {
  /** In the order of the Aktiviteter table. */
  readonly carried: readonly CarriedActivity[];
  readonly leftBehind: readonly LeftBehind[];
}

/** Why an activity stays behind, or null when its Löptid (as written) continues into `year`. */
function reasonToLeave(durationCell: string | null, year: number): string | null {
  const written = durationCell?.trim() ?? "";
  if (written === "") return "Löptid saknas, så det går inte att se om aktiviteten fortsätter.";
  const duration = parseDuration(written);
  if (duration === null) {
    return `Löptiden "${written}" går inte att läsa, så det går inte att se om aktiviteten fortsätter.`;
  }
  if (duration.kind === "ongoing") return null;
  return duration.end < `${year}-01-01` ? `Löptiden slutade ${duration.end}.` : null;
}

/** Where the activities stand on their sheet. */
export interface ActivityCells {
  /** A data row's row number on the sheet, as Excel shows it. */
  readonly sheetRow: (row: number) => number;
  /** The Löptid cell as written (a broken one too), or null when empty. */
  readonly duration: (activity: Activity) => string | null;
}

/** Sorts the plan's activities into those that go on into `year` and those left behind. */
export function carryActivities(
  activities: readonly Activity[],
  year: number,
  cells: ActivityCells,
): CarriedActivities {
  const carried: CarriedActivity[] = [];
  const leftBehind: LeftBehind[] = [];
  const seen = new Set<string>();
  for (const activity of activities) {
    const leave = (reason: string) =>
      leftBehind.push({
        nr: activity.nr,
        name: activity.name,
        sheetRow: cells.sheetRow(activity.row),
        reason,
      });
    const nr = activity.nr;
    if (nr === null) {
      leave("Nr saknas eller går inte att läsa (det ska skrivas N.M, till exempel 1.2).");
      continue;
    }
    if (seen.has(nr)) {
      leave(`Nr ${nr} finns redan på en rad ovanför; den raden följde med.`);
      continue;
    }
    seen.add(nr);
    const reason = reasonToLeave(cells.duration(activity), year);
    if (reason === null) carried.push({ ...activity, nr });
    else leave(reason);
  }
  return { carried, leftBehind };
}
