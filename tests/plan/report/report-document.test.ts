/**
 * The report as a document (`buildReportDocument`): the blocks, cells, spans and styles that
 * both the sheet and the Word document print.
 */
import { describe, expect, it } from "vitest";
import {
  buildReportDocument,
  buildTertialReport,
  cell,
  locatePlanTables,
  rawDate,
  readPlanData,
  type DocBlock,
  type Period,
  type ReportDocument,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { FORMULA_LIKE, reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

function documentOf(period: Period, snapshot: WorkbookSnapshot = reportSnapshot(), createdOn?: string) {
  const report = buildTertialReport(
    readPlanData(locatePlanTables(snapshot)),
    period,
    2026,
    createdOn === undefined ? {} : { createdOn },
  );
  return buildReportDocument(report);
}

/** The top-level block whose first inner block is headed `text`. */
function blockHeaded(doc: ReportDocument, text: string): DocBlock {
  const found = doc.blocks.find(
    (b) => b.kind === "keep" && b.blocks[0]?.kind === "heading" && b.blocks[0].text === text,
  );
  if (!found) throw new Error(`no block headed ${text}`);
  return found;
}

const VALUE = 7;
const label = (text: string) => cell(text, "label");
const header = (text: string, span = 1) => cell(text, "header", span);
const num = (value: number | string) => cell(value, "number");
const txt = (value: string | null, span = 1) => cell(value, "text", span);
const VB_NOTE = "T1 avser januari–april, T2 maj–augusti och Helår (VB) hela året: lägg inte ihop kolumnerna.";

describe("an activity's block", () => {
  it("in T1: its fields across B–H, the period's follow-up, kept on one page, no indicators or note", () => {
    expect(blockHeaded(documentOf("T1"), "1.1 Platssamverkan Vårberg")).toEqual({
      kind: "keep",
      withNext: false,
      blocks: [
        { kind: "heading", level: 2, text: "1.1 Platssamverkan Vårberg" },
        {
          kind: "table",
          headerRows: 0,
          rows: [
            [label("Sammankallande"), txt("SDF preventionsstrateg", VALUE)],
            [label("Mätbara mål"), txt("Trygghetsmätning.", VALUE)],
            [label("Målet nått"), cell("Uppfyllt", "status-met", VALUE)],
            [label("Kommentar"), txt(FORMULA_LIKE.comment11, VALUE)],
            [label("Genomförda aktiviteter"), txt("Fyra möten och en trygghetsvandring.", VALUE)],
            [label("Möten T1 (jan–apr)"), txt("4 av planerade 4", VALUE)],
            [label("Rapporterad av"), txt("Anna Andersson", VALUE)],
            [label("Rapportdatum"), cell(rawDate("2026-05-10"), "text", VALUE)],
          ],
        },
      ],
    });
  });

  it("without a follow-up for the period: only that it is missing", () => {
    expect(blockHeaded(documentOf("T1"), "2.2 Platssamverkan Skärholmen")).toEqual({
      kind: "keep",
      withNext: false,
      blocks: [
        { kind: "heading", level: 2, text: "2.2 Platssamverkan Skärholmen" },
        {
          kind: "table",
          headerRows: 0,
          rows: [
            [label("Sammankallande"), txt("Fältassistenter", VALUE)],
            [label("Mätbara mål"), txt("Trygghetsmätning.", VALUE)],
            [label("Målet nått"), cell("Uppföljning saknas", "status-missing", VALUE)],
          ],
        },
      ],
    });
  });

  it("in T1: the indicators with the year so far to April", () => {
    const block = blockHeaded(documentOf("T1"), "2.3 Trygghetsinventeringar");
    expect(block.kind === "keep" ? block.blocks.slice(2) : []).toEqual([
      {
        kind: "table",
        headerRows: 1,
        rows: [
          [
            header("Indikator"),
            header("Utgångsvärde (år)"),
            header("Målvärde"),
            header("Enhet"),
            header("Utfall T1 (jan–apr)"),
            header("Hittills i år (jan–apr)"),
            header("Tidigare år", 2),
          ],
          [txt("Centrumbesiktningar"), num("–"), num(4), txt("st per år"), num(2), num(2), txt("–", 2)],
          [
            txt("Trygghetsvandringar"),
            num("5 (2024)"),
            num(8),
            txt("st per år"),
            num(3),
            num(3),
            txt("2025: 6", 2),
          ],
          [txt("Andel trygga"), num("58 (2024)"), num(80), txt("%"), num(62), num(62), txt("2025: 61", 2)],
        ],
      },
    ]);
  });

  it("in the VB: the three periods side by side, each indicator's periods and earlier years, and the note", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Indikatorer: [
        ...tables.Indikatorer,
        { Aktivitet: "2.3", Indikator: "Besök", Målvärde: 12, Enhet: "st", Utgångsvärde: 10 },
        { Aktivitet: "2.3", Indikator: "Möten", Målvärde: 6, Enhet: "st", Utgångsår: 2024 },
      ],
      Utfall: [
        ...tables.Utfall,
        { Aktivitet: "2.3", Indikator: "Trygghetsvandringar", År: 2024, Period: "VB", Värde: 5 },
      ],
    });
    expect(blockHeaded(documentOf("VB", snapshot), "2.3 Trygghetsinventeringar")).toEqual({
      kind: "keep",
      withNext: false,
      blocks: [
        { kind: "heading", level: 2, text: "2.3 Trygghetsinventeringar" },
        {
          kind: "table",
          headerRows: 0,
          rows: [
            [label("Sammankallande"), txt("SDF preventionsstrateg", VALUE)],
            [label("Mätbara mål"), txt("4 centrumbesiktningar och 8 vandringar per år.", VALUE)],
            [header("Uppföljning"), header("T1", 2), header("T2", 2), header("Helår (VB)", 3)],
            [
              label("Målet nått"),
              cell("Uppfyllt", "status-met", 2),
              cell("Delvis uppfyllt", "status-partly", 2),
              cell("Uppföljning saknas", "status-missing", 3),
            ],
            [label("Kommentar"), txt(null, 2), txt("En vandring ställdes in.", 2), txt(null, 3)],
            [
              label("Genomförda aktiviteter"),
              txt("Arbete T1 i 2.3.", 2),
              txt("Arbete T2 i 2.3.", 2),
              txt(null, 3),
            ],
            [label("Antal möten"), txt("4 av planerade 4", 2), txt("4 av planerade 4", 2), txt(null, 3)],
            [label("Rapporterad av"), txt(null, 2), txt(null, 2), txt(null, 3)],
            [label("Rapportdatum"), txt(null, 2), txt(null, 2), txt(null, 3)],
          ],
        },
        {
          kind: "table",
          headerRows: 1,
          rows: [
            [
              header("Indikator"),
              header("Utgångsvärde (år)"),
              header("Målvärde"),
              header("Enhet"),
              header("T1"),
              header("T2"),
              header("Helår (VB)"),
              header("Tidigare år"),
            ],
            [
              txt("Centrumbesiktningar"),
              num("–"),
              num(4),
              txt("st per år"),
              num(2),
              num(1),
              num("–"),
              txt("–"),
            ],
            [
              txt("Trygghetsvandringar"),
              num("5 (2024)"),
              num(8),
              txt("st per år"),
              num(3),
              num(4),
              num("–"),
              txt("2024: 5; 2025: 6"),
            ],
            [
              txt("Andel trygga"),
              num("58 (2024)"),
              num(80),
              txt("%"),
              num(62),
              num(70),
              num("–"),
              txt("2025: 61"),
            ],
            [txt("Besök"), num(10), num(12), txt("st"), num("–"), num("–"), num("–"), txt("–")],
            [txt("Möten"), num("–"), num(6), txt("st"), num("–"), num("–"), num("–"), txt("–")],
          ],
        },
        { kind: "text", text: VB_NOTE, style: "note" },
      ],
    });
  });

  it("heads an activity without a name with its Nr alone, and shows a follow-up without Målet nått", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Aktiviteter: [...tables.Aktiviteter, { ...tables.Aktiviteter[0], Nr: "2.4", Aktivitet: null }],
      Uppfoljning: [
        ...tables.Uppfoljning,
        {
          Aktivitet: "2.4",
          År: 2026,
          Period: "T1",
          "Målet nått": null,
          "Genomförda aktiviteter": "Ett möte.",
        },
      ],
    });
    const doc = documentOf("T1", snapshot);
    const block = blockHeaded(doc, "2.4");
    expect(
      block.kind === "keep" && block.blocks[1]?.kind === "table" ? block.blocks[1].rows[2] : null,
    ).toEqual([label("Målet nått"), cell("Ej bedömt (Målet nått saknas)", "status-not-assessed", VALUE)]);
    const status = doc.blocks.find((b) => b.kind === "table" && b.id === "status");
    expect(status?.kind === "table" ? status.rows.at(-1)?.[0] : null).toEqual(cell("2.4", "text", 2));
  });
});

describe("an area's intro", () => {
  it("gives the goal, lägesbild and the period's assessment, a dash for what is not written, kept with the first activity", () => {
    expect(blockHeaded(documentOf("T1"), "2. Riktat arbete mot avgränsade platser")).toEqual({
      kind: "keep",
      withNext: true,
      blocks: [
        { kind: "heading", level: 1, text: "2. Riktat arbete mot avgränsade platser" },
        {
          kind: "table",
          headerRows: 0,
          rows: [
            [label("Övergripande mål och syfte"), txt("Öka tryggheten.", VALUE)],
            [label("Lägesbild"), txt("–", VALUE)],
          ],
        },
        { kind: "heading", level: 3, text: "Bedömning T1 2026" },
        {
          kind: "table",
          headerRows: 0,
          rows: [
            [label("Samlad bedömning"), txt("Trygghetsinventeringarna går enligt plan.", VALUE)],
            [label("Analys"), txt("–", VALUE)],
            [label("Åtgärder framåt"), txt("–", VALUE)],
          ],
        },
      ],
    });
  });

  it("says where to write a missing assessment", () => {
    const block = blockHeaded(documentOf("VB"), "1. Riktat arbete i utsatta områden");
    expect(block.kind === "keep" ? block.blocks.slice(2) : []).toEqual([
      { kind: "heading", level: 3, text: "Bedömning VB 2026" },
      { kind: "text", text: "Ingen bedömning för VB 2026: skriv den i bladet Bedömning.", style: "text" },
    ]);
  });

  it("says so under an area without activities", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Omraden: [
        ...tables.Omraden,
        { Nr: 3, Område: "Unga", "Övergripande mål och syfte": "Färre unga i brott." },
      ],
    });
    const doc = documentOf("T1", snapshot);
    const three = doc.blocks.indexOf(blockHeaded(doc, "3. Unga"));
    expect(doc.blocks[three + 1]).toEqual({
      kind: "text",
      text: "Området har inga aktiviteter.",
      style: "text",
    });
  });

  it("heads the activities whose Nr names no area with that alone", () => {
    // Read plans have only Nr like 1.2; a plan given to the report directly may have others.
    const plan = readPlanData(locatePlanTables(reportSnapshot()));
    const first = plan.activities[0];
    if (!first) throw new Error("no activity");
    const loose = { ...plan, activities: [...plan.activities, { ...first, nr: "X", name: "Lös aktivitet" }] };
    const doc = buildReportDocument(buildTertialReport(loose, "T1", 2026));
    expect(blockHeaded(doc, "Aktiviteter utan giltigt områdesnummer")).toEqual({
      kind: "keep",
      withNext: true,
      blocks: [{ kind: "heading", level: 1, text: "Aktiviteter utan giltigt områdesnummer" }],
    });
  });
});

describe("the report's front", () => {
  it("opens T1 with the title, the parties and the report day and creation date", () => {
    expect(documentOf("T1", reportSnapshot(), "2026-05-20").blocks[0]).toEqual({
      kind: "title",
      lines: [
        { text: "Åtgärdsplan för gemensamma prioriteringar", style: "title" },
        { text: "Tertial 1 (januari–april) 2026: 2026-01-01–2026-04-30", style: "subheading" },
        {
          text: "Stadsdelsförvaltning: Skärholmen · Lokalpolisområde: Skärholmen · Diarienummer: SDF 2026/123",
          style: "subtitle",
        },
        { text: "Rapportdag 2026-05-15 · Skapad 2026-05-20.", style: "subtitle" },
      ],
    });
  });

  it("leaves out the parties' line when the plan names none", () => {
    const snapshot = reportSnapshot({ Plan: [{ Titel: "Plan", År: 2026 }] });
    expect(documentOf("T1", snapshot).blocks[0]).toEqual({
      kind: "title",
      lines: [
        { text: "Plan", style: "title" },
        { text: "Tertial 1 (januari–april) 2026: 2026-01-01–2026-04-30", style: "subheading" },
        { text: "Rapportdag 2026-05-15.", style: "subtitle" },
      ],
    });
  });

  it("lists every activity in the status table and counts per area, the total row in its own style", () => {
    const doc = documentOf("T1");
    const status = doc.blocks[2];
    expect(status?.kind === "table" ? [status.id, status.dense, status.headerRows] : null).toEqual([
      "status",
      true,
      1,
    ]);
    expect(doc.blocks[3]).toEqual({
      kind: "keep",
      withNext: false,
      blocks: [
        { kind: "heading", level: 3, text: "Sammanfattning per område" },
        {
          kind: "table",
          id: "summary",
          headerRows: 1,
          rows: [
            [
              header("Område"),
              header("Aktiviteter"),
              header("Rapporterade"),
              cell("Uppfyllt", "status-met"),
              cell("Delvis uppfyllt", "status-partly"),
              cell("Ej uppfyllt", "status-not-met"),
              cell("Ej bedömt", "status-not-assessed"),
              cell("Saknas", "status-missing"),
            ],
            [txt("1. Riktat arbete i utsatta områden"), ...[3, 3, 1, 1, 1, 0, 0].map(num)],
            [txt("2. Riktat arbete mot avgränsade platser"), ...[3, 2, 1, 0, 0, 1, 1].map(num)],
            [cell("Totalt", "total"), ...[6, 5, 2, 1, 1, 1, 1].map((n) => cell(n, "total"))],
          ],
        },
      ],
    });
  });

  it("draws the chart with its title and axis, taller with more areas", () => {
    const tables = reportPlanTables();
    const areas = [3, 4].map((nr) => ({
      Nr: nr,
      Område: `Område ${nr}`,
      "Övergripande mål och syfte": "Mål.",
    }));
    const chartOf = (doc: ReportDocument) => {
      const block = doc.blocks.find((b) => b.kind === "keep" && b.blocks[1]?.kind === "chart");
      const chart = block?.kind === "keep" ? block.blocks[1] : undefined;
      return chart?.kind === "chart" ? [chart.title, chart.valueAxisTitle, chart.height] : null;
    };
    expect(chartOf(documentOf("T2"))).toEqual(["Målet nått per område, T2 2026", "Antal aktiviteter", 170]);
    // Four areas: 90 + 4 × 26 points.
    expect(chartOf(documentOf("T1", reportSnapshot({ Omraden: [...tables.Omraden, ...areas] })))).toEqual([
      "Målet nått per område, T1 2026",
      "Antal aktiviteter",
      194,
    ]);
  });

  it("says that every activity has a follow-up when none is missing", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Uppfoljning: [
        ...tables.Uppfoljning,
        { Aktivitet: "2.2", År: 2026, Period: "T1", "Målet nått": "Uppfyllt" },
      ],
    });
    expect(documentOf("T1", snapshot).blocks.slice(-2)).toEqual([
      { kind: "heading", level: 1, text: "Aktiviteter utan uppföljning" },
      { kind: "text", text: "Alla aktiviteter har en uppföljning för perioden.", style: "text" },
    ]);
  });
});
