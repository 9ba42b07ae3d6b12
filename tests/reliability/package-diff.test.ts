/**
 * Surgical writes, proven by a package diff: `forbered`, `rapport` (and `rapport` again) and
 * `koppla --ja` on feature-rich workbooks (Excel's parts, and LibreOffice's after it saved
 * the same workbook) leave every part they do not own byte for byte as it was, lose no
 * part, and only add to the parts they own. A workbook whose structure is protected gets no
 * new sheet. Then LibreOffice opens every written workbook and prints it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { featureRichWorkbook } from "../helpers/feature-rich";
import { convertWithLibreOffice, hasSoffice } from "../helpers/libreoffice";
import { addedParts, packageProblems, type Allowance } from "./package-diff";
import { cli } from "./support";

const hasLibreOffice = hasSoffice(
  "LibreOffice-delen av paketjämförelsen (LibreOffice-sparade arbetsböcker, utskrift)",
);

const FOLLOW_UPS = "xl/worksheets/sheet6.xml";
const FOLLOW_UP_TABLE = "xl/tables/table6.xml";
/** The Bedömning sheet and table, which forbered also fills for the period. */
const ASSESSMENTS = "xl/worksheets/sheet8.xml";
const ASSESSMENT_TABLE = "xl/tables/table8.xml";
const COUNTS = ["*@count", "vector@size"];

/** What each command owns and may change (plan-workbook.md, issue 15). */
const FORBERED: Allowance = {
  owns: (part) =>
    [FOLLOW_UPS, FOLLOW_UP_TABLE, ASSESSMENTS, ASSESSMENT_TABLE, "xl/styles.xml"].includes(part),
  attributes: new Set([
    "dimension@ref",
    "dataValidation@sqref",
    "row@spans",
    "table@ref",
    "autoFilter@ref",
    "sortState@ref",
    "sortCondition@ref",
    ...COUNTS,
  ]),
};
const RAPPORT: Allowance = {
  owns: (part) =>
    [
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "docProps/app.xml",
    ].includes(part),
  attributes: new Set(COUNTS),
  texts: new Set(["i4"]),
};
const KOPPLA: Allowance = {
  owns: (part) =>
    RAPPORT.owns(part) ||
    /^xl\/(?:worksheets\/(?:_rels\/)?sheet\d+\.xml(?:\.rels)?|tables\/table\d+\.xml)$/.test(part),
  attributes: new Set([...FORBERED.attributes, "c@s", "table@name", "table@displayName"]),
  texts: new Set(["i4", "f", "definedName"]),
};

type Corpus = Record<string, Uint8Array>;
let dir = "";
const corpus: Corpus = {};

/** The workbook with the Excel table `table` (on `sheetPart`) turned back into a plain range. */
async function asPlainRange(bytes: Uint8Array, sheetPart: string, tablePart: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels";
  zip.remove(tablePart);
  zip.remove(rels);
  const sheet = await zip.file(sheetPart)!.async("string");
  zip.file(sheetPart, sheet.replace(/<tableParts[\s\S]*<\/tableParts>/, ""));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      `<Override PartName="/${tablePart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      "",
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The workbook with the Deltagare table named Tabell7 and formulas and a name that use it. */
async function withRenamedTable(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const table = "xl/tables/table4.xml";
  zip.file(
    table,
    (await zip.file(table)!.async("string")).replace(
      /name="Deltagare" displayName="Deltagare"/,
      'name="Tabell7" displayName="Tabell7"',
    ),
  );
  const hidden = "xl/worksheets/sheet11.xml";
  const sheet = await zip.file(hidden)!.async("string");
  zip.file(
    hidden,
    sheet.replace(
      "</sheetData>",
      '<row r="3"><c r="A3"><f>COUNTA(Tabell7[Part])&amp;" parter i Tabell7"</f><v>6</v></c></row></sheetData>',
    ),
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(
      "<definedNames>",
      '<definedNames><definedName name="Antal_parter">COUNTA(Tabell7[Part])</definedName>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function libreOfficeConvert(files: readonly string[], format: string, outdir: string): void {
  convertWithLibreOffice(files, format, outdir, dir);
}

beforeAll(async () => {
  dir = makeTempDir("atgardsplan-paketdiff-");
  corpus.excel = await featureRichWorkbook();
  corpus["excel, struktur skyddad"] = await featureRichWorkbook({ lockStructure: true });
  corpus["excel, Aktiviteter som område"] = await asPlainRange(
    corpus.excel,
    "xl/worksheets/sheet3.xml",
    "xl/tables/table3.xml",
  );
  corpus["excel, Tabell7 för Deltagare"] = await withRenamedTable(corpus.excel);
  if (hasLibreOffice) {
    const source = join(dir, "libreoffice-kalla.xlsx");
    writeFileSync(source, corpus.excel);
    libreOfficeConvert([source], "xlsx", join(dir, "lo"));
    corpus.libreoffice = new Uint8Array(readFileSync(join(dir, "lo", "libreoffice-kalla.xlsx")));
  }
}, 300_000);
afterAll(() => removeTempDir(dir));

const written: string[] = [];

function copyOf(name: string, label: string): string {
  const path = join(dir, `${label}-${name.replace(/[^a-z0-9]+/gi, "-")}.xlsx`);
  writeFileSync(path, corpus[name] as Uint8Array);
  return path;
}

async function run(name: string, label: string, args: readonly string[], allow: Allowance): Promise<string> {
  const path = copyOf(name, label);
  const before = new Uint8Array(readFileSync(path));
  const result = await cli([args[0] as string, path, ...args.slice(1)]);
  expect(result.stderr).not.toMatch(/^\s+at\s/m);
  expect(result.status).toBe(0);
  expect(await packageProblems(before, new Uint8Array(readFileSync(path)), allow)).toEqual([]);
  written.push(path);
  return path;
}

const EXCEL_CORPUS = ["excel", "excel, Aktiviteter som område", "excel, Tabell7 för Deltagare"];
const ALL = () => [...EXCEL_CORPUS, ...(hasLibreOffice ? ["libreoffice"] : [])];

describe("the package diff itself", () => {
  it("finds a lost element in an owned part, a changed part it does not own, and a missing part", async () => {
    const before = corpus.excel as Uint8Array;
    const zip = await JSZip.loadAsync(before);
    const sheet = await zip.file(FOLLOW_UPS)!.async("string");
    zip.file(FOLLOW_UPS, sheet.replace(/<dataValidations[\s\S]*<\/dataValidations>/, ""));
    zip.file(
      "docProps/core.xml",
      (await zip.file("docProps/core.xml")!.async("string")).replace("Kim", "Kim "),
    );
    zip.remove("docMetadata/LabelInfo.xml");
    const after = await zip.generateAsync({ type: "uint8array" });
    expect(await packageProblems(before, after, FORBERED)).toEqual([
      `${FOLLOW_UPS} tappade eller ändrade något`,
      "docProps/core.xml ändrades fast kommandot inte äger den",
      "docMetadata/LabelInfo.xml saknas",
    ]);
  });
});

describe("forbered on the corpus", () => {
  it.each(ALL())(
    "adds the rows and changes only the Uppföljning and Bedömning sheets and tables: %s",
    async (name) => {
      const path = await run(name, "forbered", ["forbered", "--period", "T2", "--ar", "2026"], {
        ...FORBERED,
        owns: (part) => /^xl\/(?:worksheets\/sheet\d+\.xml|tables\/table\d+\.xml|styles\.xml)$/.test(part),
      });
      const zip = await JSZip.loadAsync(readFileSync(path));
      const original = await JSZip.loadAsync(corpus[name] as Uint8Array);
      const changed: string[] = [];
      for (const part of Object.keys(original.files)) {
        if ((await original.file(part)?.async("string")) !== (await zip.file(part)?.async("string")))
          changed.push(part);
      }
      expect(changed.length).toBe(4);
      expect(changed.every((p) => /sheet\d+\.xml$|table\d+\.xml$/.test(p))).toBe(true);
      expect(await addedParts(corpus[name] as Uint8Array, new Uint8Array(readFileSync(path)))).toEqual([]);
    },
  );
});

describe("rapport on the corpus", () => {
  it.each(ALL())("adds the report sheet and only adds to the workbook's own parts: %s", async (name) => {
    const path = await run(name, "rapport", ["rapport", "--period", "T1", "--ar", "2026"], RAPPORT);
    const added = await addedParts(corpus[name] as Uint8Array, new Uint8Array(readFileSync(path)));
    // The sheet, and its chart: a drawing related from the sheet, a chart from the drawing.
    expect(added.map((part) => part.replace(/\d+/g, "N")).sort()).toEqual([
      "xl/charts/chartN.xml",
      "xl/drawings/_rels/drawingN.xml.rels",
      "xl/drawings/drawingN.xml",
      "xl/worksheets/_rels/sheetN.xml.rels",
      "xl/worksheets/sheetN.xml",
    ]);
  });

  it("replaces only its own parts when made again", async () => {
    const path = copyOf("excel", "rapport-igen");
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    const first = new Uint8Array(readFileSync(path));
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    const second = new Uint8Array(readFileSync(path));
    const mayMove = new Set(["[Content_Types].xml", "xl/workbook.xml"]);
    const problems = await packageProblems(first, second, {
      owns: (part) => mayMove.has(part),
      attributes: new Set(),
    });
    expect(problems).toEqual([]);
    expect(await addedParts(first, second)).toEqual([]);
    written.push(path);
  });
});

describe("koppla --ja on the corpus", () => {
  it.each(ALL())("binds the plan, adding tables, formats and names only: %s", async (name) => {
    await run(name, "koppla", ["koppla", "--ja"], KOPPLA);
  });

  it("renames a table with --byt-namn, and the formulas and names that use it follow", async () => {
    const path = await run(
      "excel, Tabell7 för Deltagare",
      "byt-namn",
      ["koppla", "--ja", "--byt-namn"],
      KOPPLA,
    );
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(await zip.file("xl/worksheets/sheet11.xml")!.async("string")).toContain(
      '<f>COUNTA(Deltagare[Part])&amp;" parter i Tabell7"</f>',
    );
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(
      '<definedName name="Antal_parter">COUNTA(Deltagare[Part])</definedName>',
    );
  });
});

describe("a workbook whose structure is protected", () => {
  it("gets no report sheet: rapport stops with exit 2 and leaves the file as it was", async () => {
    const path = copyOf("excel, struktur skyddad", "rapport");
    const result = await cli(["rapport", path, "--period", "T1", "--ar", "2026"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/struktur är skyddad.*Granska > Skydda arbetsbok/s);
    expect(readFileSync(path).equals(Buffer.from(corpus["excel, struktur skyddad"] as Uint8Array))).toBe(
      true,
    );
  });

  it.each([
    ["forbered", "--period", "T2", "--ar", "2026"],
    ["koppla", "--ja"],
  ])("is still written by %s, which adds no sheet here", async (...args) => {
    const path = await run(
      "excel, struktur skyddad",
      args[0] as string,
      args,
      args[0] === "koppla" ? KOPPLA : FORBERED,
    );
    expect(
      await addedParts(corpus["excel, struktur skyddad"] as Uint8Array, new Uint8Array(readFileSync(path))),
    ).toEqual([]);
  });
});

describe.skipIf(!hasLibreOffice)("LibreOffice opens every written workbook", () => {
  it("prints each one to PDF, the report with its activities and the CRLF text on two lines", () => {
    const out = join(dir, "pdf");
    libreOfficeConvert(written, "pdf", out);
    for (const path of written) {
      const pdf = join(out, path.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
      expect(existsSync(pdf), pdf).toBe(true);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(text).toContain("Anteckning bredvid tabellen");
      expect(text).toContain("Polisens statistik");
      if (path.includes("rapport")) {
        expect(text).toContain("Platssamverkan Vårberg");
        expect(text).toContain("Sammanfattning per område");
        expect(text).toMatch(/Genomförda aktiviteter\s+Rad ett\s*\n\s*Rad två/);
      }
    }
  }, 300_000);
});
