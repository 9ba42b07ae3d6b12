/** `atgardsplan mall FIL.xlsx`: a new, empty plan workbook with every table. */
import { existsSync } from "node:fs";
import { createPlanTables, PLAN_TABLES } from "../../plan";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { booleanOption, fileArgument, progress, requireXlsx, shellWord } from "../options";

const TABLE_NAMES = PLAN_TABLES.map((t) => t.name);
/** "Plan, Omraden, … och Utfall" */
const TABLE_LIST = `${TABLE_NAMES.slice(0, -1).join(", ")} och ${TABLE_NAMES[TABLE_NAMES.length - 1] ?? ""}`;

const USAGE = "atgardsplan mall FIL.xlsx [--skriv-over]";

const HELP = `Användning: ${USAGE}

Skapar en ny, tom planarbetsbok med alla planens tabeller på var sitt blad:
${PLAN_TABLES.map((t) => `${t.name} (bladet ${t.sheet})`).join(", ")}.
Kolumnerna har rätt rubriker, Nr-kolumnerna är formaterade som text (så att 1.10 inte
blir 1.1) och Period och Målet nått har listrutor med de tillåtna värdena.

Flaggor:
  --skriv-over   ersätt filen om den redan finns
  -h, --help     visa den här hjälpen

Exempel:
  atgardsplan mall plan-2026.xlsx
  atgardsplan mall plan-2026.xlsx --skriv-over

Slutstatus:
  0  arbetsboken skapades
  2  fel i anropet, eller filen finns redan (inget skrevs)

Engelskt alias: template`;

export const mallCommand: Command = {
  name: "mall",
  alias: "template",
  summary: "skapa en ny, tom planarbetsbok",
  help: HELP,
  options: { "skriv-over": { type: "boolean" } },
  async run(context) {
    const file = fileArgument(context, USAGE, "filen som ska skapas, till exempel plan.xlsx");
    requireXlsx(file);
    if (existsSync(file) && !booleanOption(context, "skriv-over")) {
      throw new CliError(
        `Filen ${file} finns redan och lämnades orörd. Välj ett annat filnamn, ` +
          `eller lägg till --skriv-over för att ersätta den.`,
      );
    }
    const { assertFolderExists, ExceljsWorkbook, saveWorkbookFile } = await import("../../xlsx");
    await assertFolderExists(file);
    progress(context.io, `Skapar ${file} …`);
    const book = ExceljsWorkbook.empty();
    await createPlanTables(book);
    await saveWorkbookFile(book, file);
    context.io.out(
      `Skapade planmall ${file} med tabellerna ${TABLE_LIST}.\n` +
        `Fyll i tabellerna och kontrollera planen med: atgardsplan validera ${shellWord(file)}`,
    );
    return EXIT_OK;
  },
};
