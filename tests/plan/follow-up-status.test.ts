import { describe, expect, it } from "vitest";
import type { FollowUp } from "../../src/plan";
import { isReported } from "../../src/plan/follow-up-status";

/** A row "Förbered uppföljning" adds: only its key. */
const PREPARED: FollowUp = {
  row: 1,
  activity: "1.1",
  year: 2026,
  period: "T1",
  status: null,
  comment: null,
  done: null,
  meetings: null,
  reportedBy: null,
  reportedOn: null,
};

describe("isReported", () => {
  it("does not count a row with only its key", () => {
    expect(isReported(PREPARED)).toBe(false);
  });

  it("does not count text that is only spaces", () => {
    expect(isReported({ ...PREPARED, comment: "  ", done: " \n", reportedBy: "\t" })).toBe(false);
  });

  it.each([
    ["Målet nått", { status: "Uppfyllt" }],
    ["Kommentar", { comment: "Inga möten i januari." }],
    ["Genomförda aktiviteter", { done: "Två trygghetsvandringar." }],
    ["Antal möten, even 0", { meetings: 0 }],
    ["Rapporterad av", { reportedBy: "Preventionsstrategen" }],
    ["Rapportdatum", { reportedOn: "2026-05-10" }],
  ] as const)("counts a row once %s alone is filled in", (_, filled) => {
    expect(isReported({ ...PREPARED, ...filled })).toBe(true);
  });
});
