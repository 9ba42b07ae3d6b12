/** Follow-up from every convener: the form, the reporting overview and the reminders. */
export { swedishDate, deadlineText, daysLeft, capitalized } from "./deadline-text";
export { nextDeadlinePeriod, type PeriodOfYear } from "./next-deadline";
export {
  activityChoices,
  isOwnActivity,
  namesMatch,
  emailsIn,
  type ActivityChoice,
  type UserIdentity,
} from "./own-activities";
export {
  reportingOverview,
  periodDeadline,
  type ActivityReporting,
  type ReportingOverview,
  type ReportingRequest,
  type ReportingState,
} from "./reporting-status";
export {
  openFollowUpForm,
  cellOf,
  numberText,
  type FollowUpEntry,
  type FollowUpForm,
  type FollowUpKey,
  type FormIndicator,
  type RowAsRead,
} from "./follow-up-form";
export { plannedRows, numberCell, type PlannedRow, type Reporter } from "./form-rows";
export { applyRowEdits, type EditedSnapshot, type RowEdit } from "./edited-snapshot";
export { checkFollowUpEntry, type FormCheck, type FormField, type FormFinding } from "./check-follow-up";
export {
  saveFollowUp,
  rowsWrite,
  sameWrittenParts,
  type SaveFollowUpOptions,
  type SaveFollowUpResult,
} from "./save-follow-up";
export {
  buildReminders,
  type MailAddress,
  type MailDraft,
  type Reminder,
  type ReminderRequest,
} from "./reminders";
export { emlOf, mailtoOf, draftFileName } from "./mail-encoding";
export { remindConveners, type RemindRequest, type RemindResult } from "./remind-conveners";
export { upcomingReporting, REPORTING_NOTICE_DAYS } from "./upcoming-reporting";
export { readReportingState, type ReportingView, type ReportingStateRequest } from "./reporting-state";
