import { describe, expect, it } from "vitest";
import {
  assessmentRow,
  planInputs,
  planSnapshot,
  snapshotOf,
  validPlanTables,
  type RowInput,
} from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

/** The valid plan (T1 2026 follow-up for 1.1 and 1.2) with these Bedömning rows. */
function withAssessments(rows: RowInput[] | null) {
  const tables = validPlanTables();
  return planSnapshot({ ...tables, Bedomning: rows });
}

/** A row as "Förbered uppföljning" adds it: only Område, År and Period. */
const prepared = (period: string): RowInput => ({ Område: 1, År: 2026, Period: period });

describe("validatePlan", () => {
  it("reports an area without an assessment the day after the T1 deadline, at the area's Nr", () => {
    const report = validate(withAssessments([]), "2026-05-16");

    expect(allFields(report)).toEqual([
      {
        rule: "assessment-missing",
        severity: "warning",
        table: "Omraden",
        column: "Nr",
        row: 1,
        address: "'Områden'!A2",
        value: "1",
      },
    ]);
    expect(onlyFinding(report, "assessment-missing").message).toBe(
      "Bedömningen för område 1 (Riktat arbete i utsatta områden), T1 2026 saknas (rapportdagen var " +
        "2026-05-15). Lägg till en rad i Bedömning med Område 1, År 2026, Period T1 och Samlad " +
        'bedömning. "Förbered uppföljning" i tillägget eller "atgardsplan forbered --period T1" ' +
        "lägger till tomma rader att fylla i.",
    );
  });

  it("points at the Samlad bedömning cell of a prepared row nobody has filled in", () => {
    const report = validate(withAssessments([prepared("T1")]), "2026-05-16");

    expect(allFields(report)).toEqual([
      {
        rule: "assessment-missing",
        severity: "warning",
        table: "Bedomning",
        column: "Samlad bedömning",
        row: 1,
        address: "'Bedömning'!D2",
        value: null,
      },
    ]);
    expect(onlyFinding(report, "assessment-missing").message).toBe(
      "Bedömningen för område 1 (Riktat arbete i utsatta områden), T1 2026 är inte ifylld " +
        "(rapportdagen var 2026-05-15). Skriv Samlad bedömning på rad 2 i Bedömning.",
    );
  });

  it("finds nothing to say about a prepared row before the deadline: it is not yet reported", () => {
    expect(validate(withAssessments([prepared("T1")]), "2026-05-15").findings).toEqual([]);
  });

  it("does not report on the deadline day itself, or when the assessment is written", () => {
    expect(validate(withAssessments([]), "2026-05-15").findings).toEqual([]);
    expect(validate(withAssessments([assessmentRow()]), "2026-05-16").findings).toEqual([]);
  });

  it("counts a row with only Analys as written, and then reports the empty Samlad bedömning", () => {
    const report = validate(withAssessments([{ ...prepared("T1"), Analys: "Färre möten än planerat." }]));

    expect(allFields(report)).toEqual([
      {
        rule: "required",
        severity: "error",
        table: "Bedomning",
        column: "Samlad bedömning",
        row: 1,
        address: "'Bedömning'!D2",
        value: null,
      },
    ]);
    expect(
      findingsOf(
        validate(withAssessments([{ ...prepared("T1"), Analys: "Ok." }]), "2026-05-16"),
        "assessment-missing",
      ),
    ).toEqual([]);
  });

  it("does not count another year's assessment", () => {
    const report = validate(withAssessments([assessmentRow({ År: 2025 })]), "2026-05-16");

    expect(onlyFinding(report, "assessment-missing").value).toBe("1");
  });

  it("reports T1, T2 and VB once the VB deadline (15 January next year) has passed", () => {
    const found = findingsOf(validate(withAssessments([]), "2027-01-16"), "assessment-missing");

    expect(found.map((f) => /\), (T1|T2|VB) 2026 saknas/.exec(f.message)?.[1])).toEqual(["T1", "T2", "VB"]);
  });

  it("is skipped when there is no Bedomning table", () => {
    const report = validate(withAssessments(null), "2026-05-16");

    expect(findingsOf(report, "assessment-missing")).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.table, f.severity])).toEqual([
      ["table-missing", "Bedomning", "info"],
    ]);
  });
});

describe("validatePlan, assessment-missing and the areas it names", () => {
  const areaRow = (overrides: RowInput): RowInput => ({ ...validPlanTables().Omraden[0], ...overrides });

  it("names an area without a name by its Nr alone", () => {
    const tables = validPlanTables();
    const report = validate(
      planSnapshot({ ...tables, Omraden: [areaRow({ Område: null })], Bedomning: [] }),
      "2026-05-16",
    );
    expect(onlyFinding(report, "assessment-missing").message).toMatch(
      /^Bedömningen för område 1, T1 2026 saknas \(rapportdagen var 2026-05-15\)\./,
    );
  });

  it("reports an area Nr once however many rows have it, and no area without a Nr", () => {
    const tables = validPlanTables();
    const areas = [
      areaRow({}),
      areaRow({ Område: "Samma nummer igen" }),
      areaRow({ Nr: null, Område: "Utan nummer" }),
    ];
    const report = validate(planSnapshot({ ...tables, Omraden: areas, Bedomning: [] }), "2026-05-16");
    expect(findingsOf(report, "assessment-missing").map((f) => [f.table, f.row, f.value])).toEqual([
      ["Omraden", 1, "1"],
    ]);
  });

  it("says nothing when Bedömning lacks its Period column: what is missing cannot be told", () => {
    const inputs = planInputs().filter((t) => t.name !== "Bedomning");
    const report = validate(
      snapshotOf([...inputs, { name: "Bedomning", headers: ["Område", "År", "Samlad bedömning"], rows: [] }]),
      "2026-05-16",
    );
    expect(findingsOf(report, "assessment-missing")).toEqual([]);
  });
});
