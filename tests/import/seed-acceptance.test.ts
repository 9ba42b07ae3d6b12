/**
 * Acceptance for issue 3: importing the seed plan (examples/atgardsplan-skarholmen.txt, a
 * copy of shared/seed/atgardsplan-skarholmen.txt) gives the document's areas, activities
 * and fields, and validating the imported plan on 2026-06-15 finds exactly what the
 * document deserves.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { importPlanDocument, type ImportResult } from "../../src/import";
import { validatePlan, type WorkbookSnapshot } from "../../src/plan";
import { planDocx } from "../helpers/docx-fixtures";
import { SEED_PLAN, type SeedSection } from "../helpers/seed-plan";
import { readBack, seedText, tableRows, type Row } from "./seed-helpers";

let result: ImportResult;
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  result = await importPlanDocument(
    { fileName: "atgardsplan-skarholmen.txt", data: seedText() },
    { year: 2026 },
  );
  snapshot = await readBack(result.tables);
});

const rows = (name: string): Row[] => tableRows(snapshot, name);
const activity = (nr: string): Row => {
  const row = rows("Aktiviteter").find((r) => r.Nr === nr);
  if (!row) throw new Error(`No activity ${nr}`);
  return row;
};
const participants = (nr: string): Row[] => rows("Deltagare").filter((r) => r.Aktivitet === nr);
const text = (paragraphs: readonly string[]): string | null =>
  paragraphs.length ? paragraphs.join("\n") : null;

describe("importPlanDocument on the seed", () => {
  it("reads the plan row: title, Skärholmen from the text, the given year", () => {
    expect(rows("Plan")).toEqual([
      {
        Titel: "Åtgärdsplan för gemensamma prioriteringar",
        Stadsdelsförvaltning: "Skärholmen",
        Lokalpolisområde: null,
        År: 2026,
        Diarienummer: null,
        "Rapportdag T1": null,
        "Rapportdag T2": null,
        "Rapportdag VB": null,
      },
    ]);
  });

  it("finds 3 areas and 8 activities, once each despite the table of contents", () => {
    expect(rows("Omraden").map((r) => [r.Nr, r.Område])).toEqual([
      [1, "Riktat arbete i utsatta områden"],
      [2, "Riktat arbete mot avgränsade platser"],
      [3, "Unga i risk för kriminalitet"],
    ]);
    expect(rows("Aktiviteter").map((r) => [r.Nr, r.Aktivitet])).toEqual([
      ["1.1", "Platssamverkan Vårberg"],
      ["1.2", "Platssamverkan Bredäng"],
      ["2.1", "Platssamverkan Sätra"],
      ["2.2", "Platssamverkan Skärholmen"],
      ["2.3", "Trygghetsinventeringar"],
      ["3.1", "Lokalt samverkansforum för barn, unga och unga vuxna"],
      ["3.2", "Sociala insatsgrupper unga vuxna (från 18 år)"],
      ["3.3", "Sociala insatsgrupper unga (12-17 år)"],
    ]);
    expect(result.summary).toMatchObject({
      areas: 3,
      activities: 8,
      participants: 92,
      indicators: 2,
      followUps: 0,
    });
  });

  it("keeps the document's text in the fields (spot checks typed from the seed)", () => {
    expect(activity("1.1")["Mötesfrekvens"]).toBe("Samverkansgruppen träffas 1 gång/månad");
    expect(activity("1.1")["Beskrivning och syfte"]).toBe(
      "Syftet är att öka förutsättningarna för att människor ska mötas, att den yttre miljön " +
        "omhändertas och att förebygga och bryta negativ utveckling för barn, ungdomar och unga " +
        "vuxna. Vårberg ska vara en attraktiv och trygg stadsdel att bo och verka i.",
    );
    expect(activity("1.1")["Mätbara mål"]).toBe("Trygghetsmätning. Andra mätbara mål under framtagande.");
    expect(activity("1.2")["Mötesfrekvens"]).toBe("Samverkansgruppen träffas?");
    expect(activity("2.3")["Sammankallande"]).toBe(
      "SDF Preventionsstrateg, enhetschef stadsmiljö, civilsamhälle och kultur?",
    );
    expect(activity("2.3")["Mötesfrekvens"]).toBe(
      "Centrumbesiktning 1 per område och år (4)\nTrygghetsvandring 2 per område och år (8)",
    );
    expect(activity("3.1")["Mätbara mål"]).toBe("Under framtagande.");
    expect(activity("3.2")["Mätbara mål"]).toBeNull();
    expect(activity("3.2")["Mötesfrekvens"]).toBe(
      "Vid behov, möte SIG-samordnare och polis minst en gång /månad",
    );
    expect(activity("3.3")["Kommunikation"]).toBe(
      "Enligt upprättad kommunikationsplan i samverkansöverenskommelsen",
    );
    expect(activity("2.1")["Beskrivning och syfte"]).toMatch(
      /^Platssamverkan ska bidra .* för att vidta åtgärder som leder till ökad trygghet\. .*förutsättningarna\.\nSamverkansgruppen ska också beakta synpunkter som inkommit vid stadsdelen av genomförda trygghetsmöten\/enkäter för medborgare\.$/,
    );
    expect(activity("3.1")["Beskrivning och syfte"]).not.toMatch(/Diarienummer|Bilaga|Lokalpolisområde xxx/);
    const area1 = rows("Omraden")[0] ?? {};
    expect(area1["Strategidokument"]).toBe("Trygghetsprogram Stockholms stad");
    expect(rows("Omraden")[2]?.["Strategidokument"]).toBe(
      "Stockholms stads strategi för att minska risken för att barn, unga och unga vuxna ska dras in i kriminalitet.",
    );
  });

  it("gives 1.1 three core-party rows and its thirteen other organisations", () => {
    const rows11 = participants("1.1");
    expect(rows11.slice(0, 3)).toEqual([
      {
        Aktivitet: "1.1",
        Part: "Stadsdelsförvaltningen",
        Kontakt: "Preventionsstrateg",
        "Övriga deltagare":
          "Enhetschef stadsmiljö, civilsamhälle och kultur\nEnhetschef medborgarservice och öppna verksamheter\nEnhetschef förskola",
        Åtagande: "Sammankalla till möten, samordna och följa upp insatsen",
        "E-post": null,
      },
      {
        Aktivitet: "1.1",
        Part: "Polisen",
        Kontakt: "Kommunpoliser",
        "Övriga deltagare":
          "Områdespoliser eller annan lämplig personalresurs, beroende på område och situation.",
        Åtagande:
          "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
        "E-post": null,
      },
      {
        Aktivitet: "1.1",
        Part: "Utbildningsförvaltningen",
        Kontakt: "Rektor",
        "Övriga deltagare": null,
        Åtagande: "Närvara vid arbetsmöten samt utföra aktiviteter vid behov.",
        "E-post": null,
      },
    ]);
    expect(rows11.slice(3).map((r) => r.Part)).toEqual([
      "Weda",
      "Stena Fastigheter",
      "Einar Mattsson",
      "Svenska Bostäder",
      "Wonna I de Jong Fastigheter",
      "SKB",
      "SKAFAST",
      "SISAB",
      "Trafikkontoret",
      "Elsa 509 KB",
      "SL",
      "MTR",
      "SLK mobila ordningsvakter",
    ]);
    expect(rows11.slice(3).every((r) => r.Kontakt === null && r.Åtagande === null)).toBe(true);
  });

  it("writes no Utbildningsförvaltningen row where the document leaves it empty (2.2, 3.2)", () => {
    for (const nr of ["2.2", "3.2"]) {
      expect(participants(nr).map((r) => r.Part)).not.toContain("Utbildningsförvaltningen");
      expect(
        participants(nr)
          .map((r) => r.Part)
          .slice(0, 2),
      ).toEqual(["Stadsdelsförvaltningen", "Polisen"]);
    }
    expect(
      participants("3.2")
        .map((r) => r.Part)
        .slice(2),
    ).toEqual(["Jobbtorg", "Frivården", "Kriminalvården"]);
    expect(
      participants("3.3")
        .map((r) => r.Part)
        .slice(3),
    ).toEqual(["Jobbtorg"]);
  });

  it("gives no party 2.3's 'Varierar utifrån behov. Exempel:', and lists it as text with no place", () => {
    const others = participants("2.3").slice(3);
    expect(others[0]).toEqual({
      Aktivitet: "2.3",
      Part: "Fastighetsägare",
      Kontakt: null,
      "Övriga deltagare": null,
      Åtagande: null,
      "E-post": null,
    });
    expect(rows("Deltagare").some((r) => r["Övriga deltagare"] === "Varierar utifrån behov. Exempel:")).toBe(
      false,
    );
    expect(result.unplaced).toContainEqual({
      where: "Aktivitet 2.3",
      reason: "Övriga deltagare: text om listan, ingen organisation",
      text: "Varierar utifrån behov. Exempel:",
    });
    expect(others.map((r) => r.Part)).toEqual([
      "Fastighetsägare",
      "Centrumägare",
      "Skafast",
      "Fritid, Fryshuset",
      "Förskola",
      "SISAB",
      "MTR",
      "Mobila ordningsvakter",
      "Trafikkontoret",
      "Butiksägare",
      "Föreningar och civilsamhälle",
      "Lämpliga fackförvaltningar",
      "Bostadsrättsföreningar",
    ]);
  });

  it("turns 2.3's yearly counts into indicators and makes no follow-up rows", () => {
    expect(rows("Indikatorer")).toEqual([
      {
        Aktivitet: "2.3",
        Indikator: "Centrumbesiktningar",
        Målvärde: 4,
        Enhet: "per år",
        Källa: null,
        Utgångsvärde: null,
        Utgångsår: null,
      },
      {
        Aktivitet: "2.3",
        Indikator: "Trygghetsvandringar",
        Målvärde: 8,
        Enhet: "per år",
        Källa: null,
        Utgångsvärde: null,
        Utgångsår: null,
      },
    ]);
    expect(rows("Uppfoljning")).toEqual([]);
  });

  it("equals the document model in every field of every area and activity", () => {
    const activityColumns: Record<string, string> = {
      "Beskrivning och syfte": "Beskrivning och syfte",
      "Mätbara mål": "Mätbara mål",
      "Ev. mätbara mål": "Mätbara mål",
      Löptid: "Löptid",
      Mötesfrekvens: "Mötesfrekvens",
      Sammankallande: "Sammankallande",
      Finansiering: "Finansiering",
      Kommunikation: "Kommunikation",
    };
    const areaColumns: Record<string, string> = {
      "Övergripande mål och syfte": "Övergripande mål och syfte",
      Lägesbild: "Lägesbild",
      "Ev. Strategidokument/policy": "Strategidokument",
      "Strategidokument/policy": "Strategidokument",
    };
    const parties: Record<string, string> = {
      Stadsdelsförvaltningens: "Stadsdelsförvaltningen",
      Polisen: "Polisen",
      Utbildningsförvaltningen: "Utbildningsförvaltningen",
    };
    const partyColumns: Record<string, string> = {
      kontakt: "Kontakt",
      "övriga deltagare": "Övriga deltagare",
      åtagande: "Åtagande",
    };
    let checked = 0;
    const check = (section: SeedSection, row: Row, participantRows: Row[]) => {
      for (const [label, paragraphs] of section.rows) {
        const column = (section.level === 1 ? areaColumns : activityColumns)[label];
        if (column !== undefined) {
          expect([section.nr, label, row[column]]).toEqual([section.nr, label, text(paragraphs)]);
          checked++;
          continue;
        }
        const [, who, field] = /^(\S+) (kontakt|övriga deltagare|åtagande)$/.exec(label) ?? [];
        if (who === undefined || field === undefined || parties[who] === undefined) continue;
        const partyRow = participantRows.find((r) => r.Part === parties[who]);
        expect([section.nr, label, partyRow?.[partyColumns[field] ?? ""] ?? null]).toEqual([
          section.nr,
          label,
          text(paragraphs),
        ]);
        checked++;
      }
    };
    for (const section of SEED_PLAN.sections) {
      if (section.level === 1) {
        check(section, rows("Omraden").find((r) => r.Nr === Number(section.nr)) ?? {}, []);
      } else {
        check(section, activity(section.nr), participants(section.nr));
      }
    }
    // Three area fields; per activity seven fields and three fields for each of the three parties.
    expect(checked).toBe(3 * 3 + 8 * (7 + 9));
  });

  it("validates with no errors and exactly the findings the document deserves (2026-06-15)", () => {
    const report = validatePlan(snapshot, { checkDate: "2026-06-15" });
    const nrs = rows("Aktiviteter").map((r) => r.Nr);
    const areas = rows("Omraden").map((r) => r.Nr);
    const found = report.findings.map(
      (f) =>
        `${f.rule} ${f.severity} ${f.table} ${(f.table === "Omraden" ? areas : nrs)[(f.row ?? 0) - 1] ?? "-"}`,
    );
    const expected = [
      // "Mötesfrekvens Samverkansgruppen träffas?" in 1.2, 2.1 and 2.2.
      ...["1.2", "2.1", "2.2"].map((nr) => `meeting-frequency-unset warning Aktiviteter ${nr}`),
      // 3.1: "Ev. mätbara mål Under framtagande."; 3.2 and 3.3: "Ev. mätbara mål" left blank.
      ...["3.1", "3.2", "3.3"].map((nr) => `measurable-goal-missing warning Aktiviteter ${nr}`),
      // No activity has answered "Uppföljning T1" (due 15 May 2026); T2 is not yet due.
      ...["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"].map(
        (nr) => `follow-up-missing warning Aktiviteter ${nr}`,
      ),
      // The Bedömning table the import creates is empty: no area's T1 assessment is written.
      ...[1, 2, 3].map((nr) => `assessment-missing warning Omraden ${nr}`),
      // 2.3's Sammankallande ends "… civilsamhälle och kultur?": a question left open in the draft.
      "uncertain-value warning Aktiviteter 2.3",
      // "Utbildningsförvaltningen kontakt" is blank in 2.2 and 3.2.
      ...["2.2", "3.2"].map((nr) => `core-party-missing info Aktiviteter ${nr}`),
    ];
    expect(report.stats.errors).toBe(0);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});

describe("importPlanDocument on the seed as a Word document", () => {
  it("gives the same workbook contents as the text export", async () => {
    const layouts = [{}, { headings: "bold" as const, breakLabelsLongerThan: 24 }, { wordNumbering: true }];
    for (const layout of layouts) {
      const docx = await importPlanDocument(
        { fileName: "atgardsplan-skarholmen.docx", data: await planDocx(SEED_PLAN, layout) },
        { year: 2026 },
      );
      expect(docx.tables).toEqual(result.tables);
      expect(docx.unplaced).toEqual(result.unplaced);
    }
  });
});
