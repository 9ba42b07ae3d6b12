import { describe, expect, it } from "vitest";
import {
  cellOf,
  numberText,
  openFollowUpForm,
  PlanError,
  PlanStructureError,
  rawDate,
  type FollowUpKey,
  type WorkbookSnapshot,
} from "../../../src/plan";
import {
  activityRow,
  assessmentRow,
  followUpRow,
  planSnapshot,
  planSnapshotWith,
} from "../../helpers/snapshot-builder";

const T2: FollowUpKey = { nr: "1.1", period: "T2", year: 2026 };

/** The message a fault carries, or a note that nothing was thrown. */
function thrown(open: () => unknown): { error: unknown; message: string } {
  try {
    open();
  } catch (error) {
    return { error, message: error instanceof PlanError ? error.userMessage : String(error) };
  }
  return { error: null, message: "nothing thrown" };
}

function indicators(...names: (string | null)[]) {
  return names.map((name) => ({ Aktivitet: "1.1", Indikator: name, Målvärde: 8, Enhet: "st" }));
}

describe("openFollowUpForm: the activity and its area", () => {
  it("shows the activity as Aktiviteter has it and its area from Omraden", () => {
    const form = openFollowUpForm(
      planSnapshot({
        Omraden: [
          { Nr: 1, Område: "Riktat arbete i utsatta områden" },
          { Nr: 2, Område: "Tidiga insatser för barn och unga" },
        ],
        Aktiviteter: [
          activityRow({ Nr: "1.1" }),
          activityRow({
            Nr: "2.3",
            Aktivitet: "Föräldraträffar",
            Sammankallande: "Fältgruppen",
            Mötesfrekvens: "1 gång/månad",
            "Mätbara mål": "Fler föräldrar deltar.",
          }),
        ],
      }),
      { nr: "2.3", period: "T1", year: 2026 },
    );
    expect(form.activity).toEqual({
      nr: "2.3",
      name: "Föräldraträffar",
      convener: "Fältgruppen",
      meetingFrequency: "1 gång/månad",
      measurableGoals: "Fler föräldrar deltar.",
    });
    expect(form.area).toEqual({ nr: 2, name: "Tidiga insatser för barn och unga" });
    expect(form.plannedMeetings).toBe(4);
  });

  it("shows empty names as empty, and no area when Omraden does not list the activity's", () => {
    const snapshot = planSnapshot({
      Omraden: [{ Nr: 1 }, { Område: "Område utan nummer" }],
      Aktiviteter: [activityRow({ Nr: "1.1", Aktivitet: null }), activityRow({ Nr: "3.1" })],
    });
    const first = openFollowUpForm(snapshot, T2);
    expect(first.activity.name).toBe("");
    expect(first.area).toEqual({ nr: 1, name: "" });
    const outside = openFollowUpForm(snapshot, { ...T2, nr: "3.1" });
    expect(outside.area).toBeNull();
    expect(outside.rows.assessment).toBeNull();
    expect(outside.entry.summary).toBe("");
  });

  it("refuses an activity that is not in Aktiviteter, in Swedish", () => {
    const { error, message } = thrown(() => openFollowUpForm(planSnapshot(), { ...T2, nr: "9.9" }));
    expect(error).toBeInstanceOf(PlanError);
    expect(message).toBe("Aktivitet 9.9 finns inte i Aktiviteter. Välj en annan aktivitet.");
  });

  it("says what is missing when the plan has no Uppföljning table", () => {
    const { error, message } = thrown(() => openFollowUpForm(planSnapshot({ Uppfoljning: null }), T2));
    expect(error).toBeInstanceOf(PlanStructureError);
    expect(message).toBe(
      "Det går inte att rapportera uppföljningen: tabellen Uppföljning saknas. " +
        "Rätta planen (valideringen visar var) och försök igen.",
    );
  });
});

describe("openFollowUpForm: the entry as the workbook holds it", () => {
  /** Decoy rows before the one the form is for: each differs from it in one key only. */
  const snapshot = planSnapshot({
    Indikatorer: [
      ...indicators("Trygghetsvandringar", null, "Deltagare"),
      { Aktivitet: "1.2", Indikator: "X" },
    ],
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1", År: 2025, Period: "T2", Kommentar: "Förra året." }),
      followUpRow({
        Aktivitet: "1.1",
        År: 2026,
        Period: "T2",
        "Målet nått": "delvis UPPFYLLT",
        Kommentar: "Polisen saknades vid två möten.",
        "Genomförda aktiviteter": "Två trygghetsvandringar.",
        "Antal möten": 3,
        "Rapporterad av": "Anna Svensson",
        Rapportdatum: rawDate("2026-08-20"),
      }),
    ],
    Utfall: [
      { Aktivitet: "1.2", Indikator: "Trygghetsvandringar", År: 2026, Period: "T2", Värde: 1 },
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2025, Period: "T2", Värde: 2 },
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 3 },
      { Aktivitet: "1.1", Indikator: null, År: 2026, Period: "T2", Värde: 4 },
      { Aktivitet: "1.1", Indikator: "Deltagare", År: 2026, Period: "T2", Värde: 12.5 },
      { Aktivitet: "1.1", Indikator: "trygghetsvandringar", År: 2026, Period: "T2", Värde: 2.5 },
    ],
    Bedomning: [
      assessmentRow({ Område: 2, År: 2026, Period: "T2", "Samlad bedömning": "Ett annat område." }),
      assessmentRow({ Område: 1, År: 2025, Period: "T2", "Samlad bedömning": "Förra året." }),
      assessmentRow({ Område: 1, År: 2026, Period: "T1", "Samlad bedömning": "Första tertialen." }),
      assessmentRow({
        Område: 1,
        År: 2026,
        Period: "T2",
        "Samlad bedömning": "Tryggheten har ökat.",
        Analys: "Fler vandringar.",
        "Åtgärder framåt": "Fortsätt.",
      }),
    ],
  });
  // Opened in each test, not when the file is collected: a mutant is switched on per test.
  const opened = () => openFollowUpForm(snapshot, T2);

  it("fills in every field from the activity's own rows for the year and period", () => {
    expect(opened().entry).toEqual({
      status: "Delvis uppfyllt",
      comment: "Polisen saknades vid två möten.",
      done: "Två trygghetsvandringar.",
      meetings: "3",
      outcomes: { Trygghetsvandringar: "2,5", Deltagare: "12,5" },
      summary: "Tryggheten har ökat.",
      analysis: "Fler vandringar.",
      nextSteps: "Fortsätt.",
    });
    expect(opened().reportedBy).toBe("Anna Svensson");
    expect(opened().reportedOn).toBe("2026-08-20");
  });

  it("lists the activity's named indicators and reads each from its own Utfall row", () => {
    expect(opened().indicators).toEqual([
      { name: "Trygghetsvandringar", unit: "st", target: 8 },
      { name: "Deltagare", unit: "st", target: 8 },
    ]);
    expect(opened().rows.followUp.row).toBe(2);
    expect([...(opened().rows.outcomes ?? [])].map(([name, row]) => [name, row.row])).toEqual([
      ["Trygghetsvandringar", 6],
      ["Deltagare", 5],
    ]);
    expect(opened().rows.assessment?.row).toBe(4);
  });

  it("leaves the fields empty where the workbook has no rows yet", () => {
    const empty = openFollowUpForm(snapshot, { ...T2, period: "VB" });
    expect(empty.entry).toEqual({
      status: null,
      comment: "",
      done: "",
      meetings: "",
      outcomes: { Trygghetsvandringar: "", Deltagare: "" },
      summary: "",
      analysis: "",
      nextSteps: "",
    });
    expect(empty.reportedBy).toBeNull();
    expect(empty.reportedOn).toBeNull();
    expect(empty.rows.followUp).toMatchObject({ table: "Uppfoljning", row: null, cells: [] });
    expect(empty.rows.assessment).toMatchObject({ table: "Bedomning", row: null, cells: [] });
  });

  it("reads Målet nått whatever its case, and leaves a status the plan does not know unset", () => {
    const statusOf = (status: string | null) =>
      openFollowUpForm(
        planSnapshot({ Uppfoljning: [followUpRow({ Period: "T2", "Målet nått": status })] }),
        T2,
      ).entry.status;
    expect(statusOf("ej bedömt")).toBe("Ej bedömt");
    expect(statusOf("Ej uppfyllt")).toBe("Ej uppfyllt");
    expect(statusOf("Kanske")).toBeNull();
    expect(statusOf(null)).toBeNull();
  });
});

describe("openFollowUpForm: plans without the optional tables", () => {
  function without(tables: { Utfall?: null; Bedomning?: null }): WorkbookSnapshot {
    return planSnapshotWith({ Indikatorer: { rows: indicators("Trygghetsvandringar") }, ...tables });
  }

  it("asks for no Utfall when the plan has no Utfall table", () => {
    const form = openFollowUpForm(without({ Utfall: null }), T2);
    expect(form.indicators).toEqual([]);
    expect(form.rows.outcomes).toBeNull();
    expect(form.entry.outcomes).toEqual({});
  });

  it("asks for no Bedömning when the plan has no Bedömning table", () => {
    const form = openFollowUpForm(without({ Bedomning: null }), T2);
    expect(form.rows.assessment).toBeNull();
    expect([form.entry.summary, form.entry.analysis, form.entry.nextSteps]).toEqual(["", "", ""]);
    expect(form.area).toEqual({ nr: 1, name: "Riktat arbete i utsatta områden" });
  });

  it("asks for no Utfall for an activity without indicators", () => {
    const form = openFollowUpForm(planSnapshot(), T2);
    expect(form.indicators).toEqual([]);
    expect(form.rows.outcomes).toEqual(new Map());
  });
});

describe("numberText and cellOf", () => {
  it("shows a number as a Swede writes it and anything else as it is", () => {
    expect(numberText(2.5)).toBe("2,5");
    expect(numberText(4)).toBe("4");
    expect(numberText("v.1.2")).toBe("v.1.2");
    expect(numberText(null)).toBe("");
  });

  it("gives a row's cell by contract key, and nothing for a column the table lacks", () => {
    const form = openFollowUpForm(
      planSnapshotWith({
        Uppfoljning: {
          headers: ["Aktivitet", "År", "Period", "Målet nått", "Genomförda aktiviteter"],
          rows: [followUpRow({ Period: "T2" })],
        },
      }),
      T2,
    );
    expect(cellOf(form.rows.followUp, "done")).toBe("Fyra möten och en trygghetsvandring.");
    expect(cellOf(form.rows.followUp, "comment")).toBeNull();
    expect(form.entry.comment).toBe("");
  });
});
