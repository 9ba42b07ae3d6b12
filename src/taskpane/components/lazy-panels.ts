/**
 * The task pane's parts that load after it starts, each a chunk of its own (lazy-panel.tsx):
 * only the plan summary, "Validera plan" and the message bar are in the start-up bundle.
 * A new part of the pane goes here too, unless the first screen cannot do without it.
 */
import { lazyPanel } from "./lazy-panel";

export const ReportPanel = lazyPanel(
  () => import("./report-panel").then((m) => m.ReportPanel),
  (messages) => messages.report.heading,
);

export const PreparePanel = lazyPanel(
  () => import("./prepare-panel").then((m) => m.PreparePanel),
  (messages) => messages.prepare.heading,
);

export const BindPanel = lazyPanel(
  () => import("./bind-panel").then((m) => m.BindPanel),
  (messages) => messages.bind.heading,
);

export const EmptyWorkbookPanel = lazyPanel(
  () => import("./empty-workbook-panel").then((m) => m.EmptyWorkbookPanel),
  (messages) => messages.empty.heading,
);

/** With @pnp/sp and sign-in: finds the workbook in SharePoint as soon as it shows. */
export const SharePointPanel = lazyPanel(
  () => import("./sharepoint-panel").then((m) => m.SharePointPanel),
  (messages) => messages.sharePoint.locating,
);

export const NextYearPanel = lazyPanel(
  () => import("./next-year-panel").then((m) => m.NextYearPanel),
  (messages) => messages.nextYear.heading,
);

/** "Rapportera uppföljning" with its form, Rapporteringsläge and Påminn (its texts load with it). */
export const FollowUpPanel = lazyPanel(
  () => import("./follow-up/follow-up-panel").then((m) => m.FollowUpPanel),
  () => "Rapportera uppföljning",
);
