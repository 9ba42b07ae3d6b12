import { describe, expect, it } from "vitest";
import { activityChoices, namesMatch } from "../../../src/plan";
import { activityRow, followUpRow } from "../../helpers/snapshot-builder";
import { planWith } from "./support";

const plan = planWith({
  Aktiviteter: [
    activityRow({ Nr: "1.1", Sammankallande: "SDF preventionsstrateg" }),
    activityRow({
      Nr: "1.2",
      Sammankallande: "Kommunpoliser",
      "Sammankallandes e-post": "Polis.Berg@polisen.se",
    }),
    activityRow({ Nr: "1.3", Sammankallande: "Rektor Sätraskolan" }),
    activityRow({ Nr: "1.4", Sammankallande: "Fältgruppen" }),
  ],
  Deltagare: [
    {
      Aktivitet: "1.3",
      Part: "Utbildningsförvaltningen",
      Kontakt: "Rektor",
      "E-post": "eva.lund@edu.stockholm.se",
    },
  ],
  Uppfoljning: [followUpRow({ Aktivitet: "1.4", "Rapporterad av": "Eva Lund" })],
});

const order = (identity: { name: string | null; email: string | null } | null) =>
  activityChoices(plan, identity).map((c) => `${c.nr}${c.own ? "*" : ""}`);

describe("activityChoices", () => {
  it("puts the user's own activities first, matched by e-mail, contact or earlier report", () => {
    expect(order({ name: "Eva Lund", email: "eva.lund@edu.stockholm.se" })).toEqual([
      "1.3*",
      "1.4*",
      "1.1",
      "1.2",
    ]);
    expect(order({ name: null, email: "polis.berg@polisen.se" })).toEqual(["1.2*", "1.1", "1.3", "1.4"]);
    expect(order({ name: "Preventionsstrateg", email: null })).toEqual(["1.1*", "1.2", "1.3", "1.4"]);
  });

  it("keeps Nr order when the pane does not know who the user is", () => {
    expect(order(null)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(order({ name: "  ", email: "" })).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  });
});

describe("namesMatch", () => {
  it("matches whole words either way, never parts of words", () => {
    expect(namesMatch("Anna Svensson, SDF", "anna svensson")).toBe(true);
    expect(namesMatch("Rektor", "Rektor Sätraskolan")).toBe(true);
    expect(namesMatch("Annika Svensson", "Anna")).toBe(false);
    expect(namesMatch(null, "Anna")).toBe(false);
  });
});
