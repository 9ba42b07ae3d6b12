/**
 * `atgardsplan importera DOKUMENT -o FIL.xlsx [--ar ÅR] [--stadsdel NAMN] [--skriv-over]`:
 * the plan document (.docx or .txt) into a new plan workbook.
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { ImportSummary } from "../../import";
import { groupDigits } from "../../plan";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import {
  booleanOption,
  fileArgument,
  progress,
  requireXlsx,
  shellWord,
  stringOption,
  yearOption,
} from "../options";

const USAGE = "atgardsplan importera DOKUMENT -o FIL.xlsx [--ar ÅR] [--stadsdel NAMN] [--skriv-over]";

const HELP = `Användning: ${USAGE}

Läser åtgärdsplanen (Bilaga 7.1 till samverkansöverenskommelsen) från ett Word-dokument
(.docx) eller en textfil (.txt) och skapar en ny planarbetsbok med tabellerna ifyllda:
områden, aktiviteter, deltagare (en rad per part och per övrig organisation), indikatorer
(antal som står i Mätbara mål eller Mötesfrekvens) och uppföljning som redan är besvarad.
Efteråt skrivs en sammanfattning och allt som inte fick någon plats i arbetsboken.

Flaggor:
  -o, --utfil FIL.xlsx   arbetsboken som ska skapas (krävs)
  --ar ÅÅÅÅ              planens år (standard: innevarande år)
  --stadsdel NAMN        stadsdelsförvaltningen i tabellen Plan (standard: den som står
                         i dokumentet; står en annan där sägs det efter importen)
  --skriv-over           ersätt FIL.xlsx om den redan finns
  -h, --help             visa den här hjälpen

Exempel:
  atgardsplan importera atgardsplan.docx -o plan-2026.xlsx
  atgardsplan importera atgardsplan.txt -o plan-2026.xlsx --ar 2026 --stadsdel Skärholmen

Slutstatus:
  0  arbetsboken skapades
  2  fel i anropet, dokumentet kan inte läsas eller är ingen åtgärdsplan (inget skrevs)

Engelskt alias: import`;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 områden, 8 aktiviteter, 92 deltagarrader, 2 indikatorer" (and follow-up rows, if any). */
export function summaryCounts(summary: ImportSummary): string {
  const parts = [
    count(summary.areas, "område", "områden"),
    count(summary.activities, "aktivitet", "aktiviteter"),
    count(summary.participants, "deltagarrad", "deltagarrader"),
    count(summary.indicators, "indikator", "indikatorer"),
  ];
  if (summary.followUps > 0) parts.push(count(summary.followUps, "uppföljningsrad", "uppföljningsrader"));
  return parts.join(", ");
}

/** Larger than this, a file is no plan document (and Node cannot read it whole). */
const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

async function readDocument(path: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES) {
      throw new CliError(
        `Filen "${path}" är för stor (${groupDigits(Math.round(size / 1024 / 1024))} MB) för att ` +
          "vara en åtgärdsplan. Kontrollera att det är rätt fil.",
      );
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError(`Filen "${path}" finns inte. Kontrollera sökvägen och filnamnet.`, { cause: error });
    }
    if (code === "EISDIR") throw new CliError(`"${path}" är en mapp, inte ett dokument.`, { cause: error });
    throw new CliError(`Filen "${path}" kan inte läsas (${code ?? "okänt fel"}).`, { cause: error });
  }
}

export const importeraCommand: Command = {
  name: "importera",
  alias: "import",
  summary: "läs in åtgärdsplanen (.docx eller .txt) till en ny planarbetsbok",
  help: HELP,
  options: {
    utfil: { type: "string", short: "o" },
    ar: { type: "string" },
    stadsdel: { type: "string" },
    "skriv-over": { type: "boolean" },
  },
  async run(context) {
    const document = fileArgument(
      context,
      USAGE,
      "dokumentet som ska importeras, till exempel atgardsplan.docx",
    );
    const out = stringOption(context, "utfil");
    if (out === undefined || out.trim() === "") {
      throw new CliError(
        `Ange arbetsboken som ska skapas med -o, till exempel -o plan.xlsx.\nAnvändning: ${USAGE}`,
      );
    }
    requireXlsx(out);
    const year = yearOption(context) ?? Number(context.today.slice(0, 4));
    const district = stringOption(context, "stadsdel")?.trim();
    if (existsSync(out) && !booleanOption(context, "skriv-over")) {
      throw new CliError(
        `Filen "${out}" finns redan och lämnades orörd. Välj ett annat filnamn, ` +
          `eller lägg till --skriv-over för att ersätta den.`,
      );
    }
    const { assertFolderExists, ExceljsWorkbook, saveWorkbookFile } = await import("../../xlsx");
    const { describeUnplaced, importPlanDocument } = await import("../../import");
    await assertFolderExists(out);

    progress(context.io, `Läser ${document} …`);
    const data = await readDocument(document);
    const result = await importPlanDocument(
      { fileName: document, data },
      { year, ...(district ? { district } : {}) },
    );
    progress(context.io, `Sparar ${out} …`);
    const book = ExceljsWorkbook.empty();
    await book.createTables(result.tables);
    await saveWorkbookFile(book, out);

    const { summary, unplaced } = result;
    const lines = [
      `Importerade ${document} till ${out} (år ${year}${summary.district ? `, ${summary.district}` : ""}).`,
      summaryCounts(summary),
    ];
    for (const note of summary.notes) lines.push(`Obs: ${note}`);
    if (summary.district === null) lines.push("Ange stadsdelsförvaltningen med --stadsdel NAMN nästa gång.");
    if (unplaced.length > 0) {
      lines.push("", `Kunde inte placeras i arbetsboken (${unplaced.length}):`);
      for (const item of unplaced) lines.push(`  ${describeUnplaced(item)}`);
    }
    lines.push("", `Kontrollera planen med: atgardsplan validera ${shellWord(out)}`);
    context.io.out(lines.join("\n"));
    return EXIT_OK;
  },
};
