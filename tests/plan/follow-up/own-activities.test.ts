import { describe, expect, it } from "vitest";
import { activityChoices, emailsIn, isOwnActivity, namesMatch } from "../../../src/plan";
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
    expect(namesMatch("Anna", null)).toBe(false);
    expect(namesMatch("Anna Svensson", " – ")).toBe(false);
  });
});

describe("emailsIn", () => {
  it("finds every address in a cell, in lower case, without a full stop after it", () => {
    expect(emailsIn("Skriv till Anna.Svensson@stad.se.")).toEqual(["anna.svensson@stad.se"]);
    expect(emailsIn("eva.lund@edu.se; Polis114@polisen.se")).toEqual([
      "eva.lund@edu.se",
      "polis114@polisen.se",
    ]);
    expect(emailsIn("Rektor")).toEqual([]);
    expect(emailsIn(null)).toEqual([]);
  });
});

describe("namesMatch, word by word", () => {
  it("needs every word of the shorter name, in the case it is written in any case", () => {
    expect(namesMatch("Anna Lund", "Anna Svensson")).toBe(false);
    expect(namesMatch("Kommunpoliser Anna Svensson", "ANNA SVENSSON")).toBe(true);
    // Only case is set aside: ß is not ss.
    expect(namesMatch("Weiß", "Weiss")).toBe(false);
  });
});

describe("whose activity: names, addresses and the names addresses stand for", () => {
  const people = planWith({
    Aktiviteter: [
      activityRow({ Nr: "1.1", Sammankallande: "Anna Svensson" }),
      activityRow({
        Nr: "1.2",
        Sammankallande: "Kommunpoliser",
        "Sammankallandes e-post": "Polis114@polisen.se",
      }),
      activityRow({ Nr: "1.3", Sammankallande: "Rektor Sätraskolan" }),
      activityRow({ Nr: "1.4", Sammankallande: "Fältgruppen" }),
    ],
    Deltagare: [
      { Aktivitet: "1.1", Part: "Polisen", Kontakt: "Kommunpoliser" },
      { Aktivitet: "1.3", Part: "Utbildningsförvaltningen", Kontakt: "Eva Lund" },
    ],
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1" }),
      followUpRow({ Aktivitet: "1.4", "Rapporterad av": "Eva Lund" }),
    ],
  });
  const own = (name: string | null, email: string | null) =>
    activityChoices(people, { name, email })
      .filter((c) => c.own)
      .map((c) => c.nr);

  it("finds the user by name, by address, and by the name an address spells", () => {
    const cases: [string | null, string | null, string[]][] = [
      [null, "anna.svensson@stad.se", ["1.1"]],
      [null, "anna.svensson.@stad.se", ["1.1"]],
      [null, " POLIS114@polisen.se ", ["1.2"]],
      ["Anna Svensson", "a.svensson@stad.se", ["1.1"]],
      ["Eva Lund", null, ["1.3", "1.4"]],
    ];
    expect(cases.map(([name, email]) => [name, email, own(name, email)])).toEqual(cases);
  });

  it("takes no name from an address that spells none (one word, or digits in it)", () => {
    for (const email of [
      "kommunpoliser@polisen.se",
      "kommunpoliser.1@polisen.se",
      "kommunpoliser.b2@polisen.se",
      "kommunpoliser.2b@polisen.se",
    ]) {
      expect(own(null, email), email).toEqual([]);
    }
  });

  it("calls no activity without a Nr anyone's", () => {
    const activity = people.activities[0];
    if (activity === undefined) throw new Error("the plan has activities");
    expect(isOwnActivity(people, activity, { name: "Anna Svensson", email: null })).toBe(true);
    expect(isOwnActivity(people, { ...activity, nr: null }, { name: "Anna Svensson", email: null })).toBe(
      false,
    );
  });
});

describe("activityChoices lists each activity once", () => {
  it("skips rows without a Nr and a Nr's later rows, and shows a missing name as empty", () => {
    const plan = planWith({
      Aktiviteter: [
        activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng" }),
        activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
        activityRow({ Nr: "1.1", Aktivitet: "Dubblett" }),
        activityRow({ Nr: null, Aktivitet: "Utan nummer" }),
        activityRow({ Nr: "1.3", Aktivitet: null, Sammankallande: "Fältgruppen" }),
      ],
    });
    expect(activityChoices(plan, null)).toEqual([
      { nr: "1.1", name: "Platssamverkan Vårberg", convener: "SDF preventionsstrateg", own: false },
      { nr: "1.2", name: "Platssamverkan Bredäng", convener: "SDF preventionsstrateg", own: false },
      { nr: "1.3", name: "", convener: "Fältgruppen", own: false },
    ]);
  });
});
