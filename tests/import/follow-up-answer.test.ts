import { describe, expect, it } from "vitest";
import { readFollowUpAnswer } from "../../src/import/follow-up-answer";

describe("readFollowUpAnswer", () => {
  it("finds no answer where only the template's questions stand", () => {
    expect(readFollowUpAnswer("Är målet nått? Vilka aktiviteter har genomförts?")).toBeNull();
    expect(readFollowUpAnswer("Är målet nått?\nVilka aktiviteter har genomförts?")).toBeNull();
  });

  it("reads the status, the comment and what was done", () => {
    expect(
      readFollowUpAnswer(
        "Är målet nått? Ja. Vilka aktiviteter har genomförts? Fyra möten, en trygghetsvandring.",
      ),
    ).toEqual({ status: "Uppfyllt", comment: null, done: "Fyra möten, en trygghetsvandring." });
    expect(
      readFollowUpAnswer(
        "Är målet nått? Nej, gruppen har inte träffats. Vilka aktiviteter har genomförts? Inga.",
      ),
    ).toEqual({
      status: "Ej uppfyllt",
      comment: "gruppen har inte träffats.",
      done: "Inga.",
    });
    expect(
      readFollowUpAnswer("Är målet nått? Ej bedömt Vilka aktiviteter har genomförts? Möten.")?.status,
    ).toBe("Ej bedömt");
  });

  it("keeps everything as what was done, with no status, when the questions stand in the other order", () => {
    // "Vilka aktiviteter…" before "Är målet nått?": which answer belongs to which question
    // cannot be told, so nothing is read as Målet nått and nothing is counted twice.
    expect(
      readFollowUpAnswer("Vilka aktiviteter har genomförts?\nFyra möten.\nÄr målet nått?\nJa, delvis."),
    ).toEqual({ status: null, comment: null, done: "Fyra möten.\nJa, delvis." });
  });

  it("keeps everything as what was done when only one of the questions stands there", () => {
    expect(readFollowUpAnswer("Vilka aktiviteter har genomförts?\nFyra möten.")).toEqual({
      status: null,
      comment: null,
      done: "Fyra möten.",
    });
    expect(readFollowUpAnswer("Är målet nått?\nJa.")).toEqual({ status: null, comment: null, done: "Ja." });
  });

  it("reads Ej bedömt with any spacing, and what follows it as the comment", () => {
    expect(
      readFollowUpAnswer("Är målet nått? Ej   bedömt, för tidigt. Vilka aktiviteter har genomförts? Möten."),
    ).toEqual({ status: "Ej bedömt", comment: "för tidigt.", done: "Möten." });
    expect(
      readFollowUpAnswer(
        "Är målet nått? Svårt att säga, ej bedömt. Vilka aktiviteter har genomförts? Möten.",
      ),
    ).toEqual({ status: null, comment: "Svårt att säga, ej bedömt.", done: "Möten." });
  });

  it("keeps an answer without the questions as what was done, with no status", () => {
    expect(readFollowUpAnswer("Två möten hölls i februari.")).toEqual({
      status: null,
      comment: null,
      done: "Två möten hölls i februari.",
    });
  });
});
