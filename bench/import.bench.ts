/**
 * `npm run bench -- import`: how fast a plan document is imported. Prints one JSON object
 * of figures as its last line:
 *
 * - import_docx_ms: a generated 40-activity Word document (8 areas of 5 activities, each
 *   with the seed's 1.1 fields) read, turned into rows and written as workbook bytes
 *   (importPlanDocument + ExceljsWorkbook createTables + toBuffer; median of 9 after
 *   warm-up); target ≤ 1000
 * - import_docx_parse_ms: importPlanDocument alone on that document (median of 9)
 * - import_txt_ms: the seed's text export, parsed and built (median of 9)
 *
 * Targets are reported, never enforced.
 */
import { readFileSync } from "node:fs";
import { importPlanDocument } from "../src/import";
import { ExceljsWorkbook } from "../src/xlsx";
import { planDocx } from "../tests/helpers/docx-fixtures";
import { SEED_PLAN, type SeedSection } from "../tests/helpers/seed-plan";

const log = (text: string) => process.stderr.write(`  ${text}\n`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function medianOf(runs: number, warmUp: number, work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** 8 areas × 5 activities, each with the seed's area 1 and activity 1.1 rows. */
function benchModel(): typeof SEED_PLAN {
  const area = SEED_PLAN.sections.find((s) => s.nr === "1");
  const activity = SEED_PLAN.sections.find((s) => s.nr === "1.1");
  if (!area || !activity) throw new Error("The seed model has no area 1 or activity 1.1");
  const sections: SeedSection[] = [];
  for (let a = 1; a <= 8; a++) {
    sections.push({ ...area, nr: String(a), title: `${area.title} ${a}` });
    for (let b = 1; b <= 5; b++)
      sections.push({ ...activity, nr: `${a}.${b}`, title: `${activity.title} ${a}.${b}` });
  }
  return { ...SEED_PLAN, sections };
}

const docx = await planDocx(benchModel());
const text = new Uint8Array(readFileSync(new URL("../examples/atgardsplan-skarholmen.txt", import.meta.url)));
const options = { year: 2026 };
log(`Word-dokument med 40 aktiviteter: ${(docx.length / 1024).toFixed(0)} kB`);

const check = await importPlanDocument({ fileName: "bench.docx", data: docx }, options);
if (check.summary.activities !== 40 || check.summary.areas !== 8) {
  throw new Error(
    `The bench document imported as ${check.summary.areas} areas, ${check.summary.activities} activities`,
  );
}

const importDocx = async () => {
  const result = await importPlanDocument({ fileName: "bench.docx", data: docx }, options);
  const book = ExceljsWorkbook.empty();
  await book.createTables(result.tables);
  return book.toBuffer();
};

const figures = {
  import_docx_ms: await medianOf(9, 2, importDocx),
  import_docx_parse_ms: await medianOf(9, 2, () =>
    importPlanDocument({ fileName: "bench.docx", data: docx }, options),
  ),
  import_txt_ms: await medianOf(9, 2, () =>
    importPlanDocument({ fileName: "seed.txt", data: text }, options),
  ),
};
console.log(JSON.stringify(figures));
