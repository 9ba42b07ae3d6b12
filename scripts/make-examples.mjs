// `npm run examples`: the example plan in examples/, made from the seed plan document
// (examples/atgardsplan-skarholmen.txt, the public Bilaga 7.1 of Skärholmen):
// - atgardsplan-skarholmen.xlsx: `atgardsplan importera … --ar 2026`, the README's example;
// - atgardsplan-skarholmen.docx: the same document as a Word file laid out the way the
//   import reads it (numbered headings, two-column tables), checked to import to the same
//   workbook contents as the text.
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import { tsImport } from "tsx/esm/api";

const TEXT = "examples/atgardsplan-skarholmen.txt";
const WORKBOOK = "examples/atgardsplan-skarholmen.xlsx";
const WORD = "examples/atgardsplan-skarholmen.docx";
const YEAR = 2026;

const run = (args) => execFileSync(process.execPath, args, { stdio: "inherit" });

run(["scripts/build-cli.mjs"]);
run(["bin/atgardsplan.js", "importera", TEXT, "-o", WORKBOOK, "--ar", String(YEAR), "--skriv-over"]);

const { readTextDocument, importPlanDocument } = await tsImport("../src/import/index.ts", import.meta.url);
const { sectionDocument } = await tsImport("../src/import/plan-sections.ts", import.meta.url);
const { planDocx } = await tsImport("../tests/helpers/docx-fixtures.ts", import.meta.url);

const text = new Uint8Array(readFileSync(TEXT));
const document = readTextDocument(readFileSync(TEXT, "utf8"));
const { intro, sections } = sectionDocument(document.blocks);
const [title = "Åtgärdsplan för gemensamma prioriteringar", ...introduction] = intro;
const furniture = document.furniture;
const word = await planDocx(
  {
    title,
    intro: introduction,
    contents: sections.map((s) => `${s.level === 1 ? `${s.nr}.` : s.nr} ${s.title}`),
    afterContents: [],
    sections: sections.map((s) => ({
      level: s.level,
      nr: s.nr,
      title: s.title,
      rows: s.fields.map((f) => [f.label, f.paragraphs]),
    })),
    header: furniture.filter((line) => !/^Bilaga/i.test(line)),
    footer: furniture.filter((line) => /^Bilaga/i.test(line)),
  },
  {},
);

const fromText = await importPlanDocument({ fileName: TEXT, data: text }, { year: YEAR });
const fromWord = await importPlanDocument({ fileName: WORD, data: word }, { year: YEAR });
if (JSON.stringify(fromWord.tables) !== JSON.stringify(fromText.tables)) {
  console.error(`${WORD} importeras inte till samma tabeller som ${TEXT}; inget Word-exempel skrevs.`);
  process.exit(1);
}
writeFileSync(WORD, word);
console.log(`Skrev ${WORKBOOK} och ${WORD}.`);
