/** How each status looks wherever the report shows it: text, cell colour and chart colour. */
import type { CellStyleName } from "../sheet-layout";
import type { StatusKey } from "./report-types";

export interface StatusLook {
  /** As the summary and the chart legend say it. */
  readonly label: string;
  /** As the overview's narrow status cells say it. */
  readonly short: string;
  readonly style: CellStyleName;
  /** The chart's bar colour, RRGGBB: stronger than the cell fills so bars read at a glance. */
  readonly chartColor: string;
}

export const STATUS_LOOKS: Readonly<Record<StatusKey, StatusLook>> = {
  met: { label: "Uppfyllt", short: "Uppfyllt", style: "status-met", chartColor: "63BE7B" },
  partly: { label: "Delvis uppfyllt", short: "Delvis", style: "status-partly", chartColor: "FFD966" },
  notMet: { label: "Ej uppfyllt", short: "Ej uppfyllt", style: "status-not-met", chartColor: "F4777A" },
  notAssessed: { label: "Ej bedömt", short: "Ej bedömt", style: "status-not-assessed", chartColor: "A6A6A6" },
  missing: { label: "Saknas", short: "Saknas", style: "status-missing", chartColor: "FFFFFF" },
};

/** The statuses in the order the summary, the chart and the legend list them. */
export const STATUS_ORDER: readonly StatusKey[] = ["met", "partly", "notMet", "notAssessed", "missing"];
