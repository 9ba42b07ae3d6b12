import { describe, expect, it } from "vitest";
import { readFollowUpAnswer } from "../../src/import/follow-up-answer";

describe("readFollowUpAnswer: the punctuation between a status word and the text", () => {
  it("drops a run of commas, dashes and colons at the start of each line of the comment and of what was done", () => {
    expect(
      readFollowUpAnswer(
        "Är målet nått? Ja, – enligt plan.\n– Fler vuxna ute. Vilka aktiviteter har genomförts? :– Fyra vandringar.",
      ),
    ).toEqual({ status: "Uppfyllt", comment: "enligt plan.\nFler vuxna ute.", done: "Fyra vandringar." });
  });

  it("keeps the whole goal answer, tidied, as the comment when it starts with no status word", () => {
    expect(
      readFollowUpAnswer(
        "Är målet nått?\n\n  - Svårt att säga ännu. Vilka aktiviteter har genomförts? Möten.",
      ),
    ).toEqual({ status: null, comment: "Svårt att säga ännu.", done: "Möten." });
  });
});
