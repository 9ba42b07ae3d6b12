/**
 * The import use case: the plan document (.docx or .txt) → the plan workbook's tables,
 * filled in, with a summary and everything that could not be placed. Browser-safe: the
 * front end reads the file (CLI: from disk, add-in: the file the user picks).
 */
import { planTemplate, type NewTable } from "../plan";
import { buildPlanRows } from "./build-plan-rows";
import { decodeText } from "./decode-text";
import { ImportError } from "./import-error";
import type { PlanDocument } from "./plan-document";
import { readDocxDocument } from "./read-docx-document";
import { readTextDocument } from "./read-text-document";
import type { UnplacedText } from "./unplaced";

export interface ImportInput {
  /** The file's name, for the format and for messages. */
  readonly fileName: string;
  readonly data: Uint8Array;
}

export interface ImportOptions {
  /** The plan year (Plan.År). */
  readonly year: number;
  /** Stadsdelsförvaltning; wins over the document's, which is used when it is not given. */
  readonly district?: string;
}

export interface ImportSummary {
  readonly areas: number;
  readonly activities: number;
  readonly participants: number;
  readonly indicators: number;
  /** Follow-up rows made from answered follow-up sections. */
  readonly followUps: number;
  readonly title: string | null;
  readonly district: string | null;
  /** Things the user should know (Swedish sentences). */
  readonly notes: readonly string[];
}

export interface ImportResult {
  /** Every table of the plan workbook, ready for `WorkbookPort.createTables`. */
  readonly tables: NewTable[];
  readonly summary: ImportSummary;
  /** Text from the document with no place in the workbook. */
  readonly unplaced: readonly UnplacedText[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const WORD_EXTENSIONS = new Set(["docx", "docm", "dotx", "doc"]);
const TEXT_EXTENSIONS = new Set(["txt", "text", ""]);

function extension(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return (match?.[1] ?? "").toLowerCase();
}

async function readDocument(input: ImportInput): Promise<PlanDocument> {
  const { fileName, data } = input;
  const ext = extension(fileName);
  const zipped = ZIP_SIGNATURE.every((byte, i) => data[i] === byte);
  if (zipped || WORD_EXTENSIONS.has(ext)) return readDocxDocument(data, fileName);
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new ImportError(
      `Filtypen .${ext} kan inte importeras ("${fileName}"). Spara planen som Word-dokument ` +
        `(.docx) eller som oformaterad text (.txt) och försök igen.`,
    );
  }
  const text = decodeText(data);
  if (text.trim() === "") throw new ImportError(`Filen "${fileName}" är tom.`);
  return readTextDocument(text);
}

export async function importPlanDocument(input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const document = await readDocument(input);
  const built = buildPlanRows(document, options);
  if (built.rows.Omraden.length === 0) {
    throw new ImportError(
      `"${input.fileName}" ser inte ut som en åtgärdsplan: inga numrerade samverkansområden ` +
        `(till exempel "1. Riktat arbete i utsatta områden") hittades. Kontrollera att det är ` +
        `planen (Bilaga 7.1) och att områdenas och aktiviteternas rubriker börjar med sina nummer.`,
    );
  }
  return {
    tables: planTemplate(built.rows),
    summary: {
      areas: built.rows.Omraden.length,
      activities: built.rows.Aktiviteter.length,
      participants: built.rows.Deltagare.length,
      indicators: built.rows.Indikatorer.length,
      followUps: built.rows.Uppfoljning.length,
      title: built.title,
      district: built.district,
      notes: built.notes,
    },
    unplaced: built.unplaced,
  };
}
