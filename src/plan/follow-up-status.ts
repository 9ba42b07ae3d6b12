/**
 * A follow-up counts as reported once anything beyond its key is filled in; a row
 * "Förbered uppföljning" left with only Aktivitet, År and Period is not yet reported
 * (plan-workbook.md, Uppfoljning; the validator's side is `prepared-rows.ts`).
 */
import type { FollowUp } from "./plan-data";

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== "";
}

/**
 * Whether a follow-up counts as reported: anything beyond its key is filled in. The report
 * and the validator (`follow-up-missing`) both go by this.
 */
export function isReported(row: FollowUp): boolean {
  return (
    row.status !== null ||
    hasText(row.comment) ||
    hasText(row.done) ||
    row.meetings !== null ||
    hasText(row.reportedBy) ||
    row.reportedOn !== null
  );
}
