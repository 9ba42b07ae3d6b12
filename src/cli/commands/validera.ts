/** `atgardsplan validera FIL.xlsx [--json] [--datum ÅÅÅÅ-MM-DD]`: the plan's findings. */
import {
  PLAN_TABLES,
  upcomingReporting,
  validatePlan,
  type ValidationReport,
  type WorkbookSnapshot,
} from "../../plan";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "../cli-error";
import type { Command, CommandContext } from "../command";
import { findingsJson, formatFindings } from "../format-findings";
import { formatReporting } from "../format-reporting";
import {
  booleanOption,
  checkDateOption,
  fileArgument,
  progress,
  refusePlanDocument,
  stringOption,
} from "../options";
import { isAddressArgument, SHAREPOINT_OPTIONS } from "../address-argument";

const USAGE = "atgardsplan validera FIL.xlsx [--json] [--datum ÅÅÅÅ-MM-DD]";

const REQUIRED_TABLES = PLAN_TABLES.filter((t) => t.required).map((t) => t.name);
const REQUIRED_LIST = `${REQUIRED_TABLES.slice(0, -1).join(", ")} och ${REQUIRED_TABLES[REQUIRED_TABLES.length - 1] ?? ""}`;

const HELP = `Användning: ${USAGE}
            atgardsplan validera URL [--json] [--datum ÅÅÅÅ-MM-DD] [--token-fil FIL]
            atgardsplan validera --mapp URL [--datum ÅÅÅÅ-MM-DD] [--token-fil FIL]

Kontrollerar planarbetsboken mot planens regler och listar det som är fel (FEL), det som
bör ses över (VARNING) och upplysningar (INFO), samlat per slag av anmärkning: varje
problem en gång, med alla celler det gäller. Planen är giltig när den inte har några fel.
Uppföljning som saknas räknas mot kontrolldatumet: en period räknas när dess rapportdag
har passerat. En uppföljningsrad där bara Aktivitet, År och Period är ifyllda (som
"atgardsplan forbered" lägger till) väntar på sin rapport och är inget fel.
När en rapportdag är högst 30 dagar bort visas också rapporteringsläget: varje aktivitet
med sin sammankallande, rapporterad eller inte, och hur många dagar som är kvar.

Ett plandokument (.docx eller .txt) valideras inte: gör först en arbetsbok av det med
"atgardsplan importera".

En plan i SharePoint anges med sin adress (https://…). Åtkomsttoken tas från
miljövariabeln ATGARDSPLAN_TOKEN eller från --token-fil; den skrivs aldrig ut.
Med --mapp URL kontrolleras varje arbetsbok i en SharePoint-mapp: en rad per fil
och totalen.

Flaggor:
  --json               skriv resultatet som JSON på standard ut:
                       { "valid", "stats": { "errors", "warnings", "info" }, "findings": [...] }
  --datum ÅÅÅÅ-MM-DD   kontrolldatum (standard: dagens datum)
  --mapp URL           kontrollera alla arbetsböcker i en SharePoint-mapp
  --token-fil FIL      läs åtkomsttoken för SharePoint från FIL
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan validera plan-2026.xlsx
  atgardsplan validera plan-2026.xlsx --datum 2026-09-16
  atgardsplan validera plan-2026.xlsx --json > resultat.json
  atgardsplan validera "https://kommun.sharepoint.com/sites/skarholmen/Delade dokument/plan.xlsx"
  atgardsplan validera --mapp "https://kommun.sharepoint.com/sites/stadsdelar/Delade dokument/Planer"

Slutstatus:
  0  planen har inga fel (varningar och upplysningar kan finnas)
  1  planen har fel
  2  fel i anropet eller filen kan inte läsas

Engelskt alias: validate`;

/** True when none of the required tables was found: the file is not a plan at all. */
function hasNoPlanTables(report: ValidationReport): boolean {
  const missing = new Set(
    report.findings.filter((f) => f.rule === "table-missing" && f.severity === "error").map((f) => f.table),
  );
  return REQUIRED_TABLES.every((name) => missing.has(name));
}

/**
 * The plan's cells. Only what the file needs is loaded: a local workbook is read from its
 * package without exceljs, and the SharePoint adapter only for an address.
 */
async function readPlanSnapshot(context: CommandContext, file: string): Promise<WorkbookSnapshot> {
  if (isAddressArgument(file)) {
    const { openSharePointWorkbook } = await import("../sharepoint-source");
    return (await openSharePointWorkbook(context, file)).book.readSnapshot();
  }
  const { readWorkbookFileSnapshot } = await import("../../xlsx/read-workbook-file");
  return readWorkbookFileSnapshot(file);
}

export const valideraCommand: Command = {
  name: "validera",
  alias: "validate",
  summary: "kontrollera planen och lista fel och varningar",
  help: HELP,
  options: {
    json: { type: "boolean" },
    datum: { type: "string" },
    mapp: { type: "string" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const folder = stringOption(context, "mapp");
    if (folder !== undefined) {
      const { validateFolderCommand } = await import("../validate-folder");
      return validateFolderCommand(context, folder);
    }
    const file = fileArgument(context, USAGE, "arbetsboken som ska valideras, till exempel plan.xlsx");
    const checkDate = checkDateOption(context);
    const json = booleanOption(context, "json");
    if (!isAddressArgument(file)) refusePlanDocument(file);

    progress(context.io, `Läser ${file} …`);
    const snapshot = await readPlanSnapshot(context, file);
    progress(context.io, "Kontrollerar planen …");
    const report = validatePlan(snapshot, { checkDate });
    if (hasNoPlanTables(report)) {
      throw new CliError(
        `Arbetsboken innehåller ingen av planens tabeller (${REQUIRED_LIST}). ` +
          `Kontrollera att ${file} är planens arbetsbok, eller skapa en ny plan med "atgardsplan mall".`,
      );
    }
    if (json) {
      context.io.out(findingsJson(report));
      return report.valid ? EXIT_OK : EXIT_FINDINGS;
    }
    context.io.out(formatFindings({ file, checkDate, report }));
    // Who has reported, when a deadline is at most 30 days away.
    const reporting = upcomingReporting(snapshot, checkDate);
    if (reporting !== null) context.io.out(`\n${formatReporting(reporting, file)}`);
    return report.valid ? EXIT_OK : EXIT_FINDINGS;
  },
};
