/** `atgardsplan forbered FIL.xlsx --period T1|T2|VB [--ar ÅR]`: empty follow-up rows to fill in. */
import { prepareFollowUps } from "../../plan";
import { throughLinkNote } from "../file-notes";
import { EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { fileArgument, periodOption, progress, yearOption } from "../options";
import { yearMissingAsUsage } from "./year-missing";

const USAGE = "atgardsplan forbered FIL.xlsx --period T1|T2|VB [--ar ÅR]";

const HELP = `Användning: ${USAGE}

Lägger till en rad i tabellen Uppföljning för varje aktivitet som ännu inte har en rad för
perioden och året, med Aktivitet, År och Period ifyllda och resten tomt att fylla i. Har
planen tabellen Bedömning får varje område där också en rad (Område, År och Period) för
områdets samlade bedömning. Raderna läggs efter de befintliga, i Nr-ordning. Inget annat i
arbetsboken ändras, och en andra körning lägger inte till något. En sådan rad väntar på sin
rapport: den ger inga fel vid validering, men när periodens rapportdag har passerat räknas
den som saknad.

Flaggor:
  --period T1|T2|VB    perioden (VB = verksamhetsberättelsen för hela året)
  --ar ÅÅÅÅ            året (standard: År i tabellen Plan)
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan forbered plan-2026.xlsx --period T2

Slutstatus:
  0  klart (även när inga rader behövdes)
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller eller kolumner (inget skrevs)

Engelskt alias: prepare`;

function counted(n: number, one: string, many: string): string | null {
  if (n === 0) return null;
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

export const forberedCommand: Command = {
  name: "forbered",
  alias: "prepare",
  summary: "lägg till tomma uppföljningsrader för en period",
  help: HELP,
  options: { period: { type: "string" }, ar: { type: "string" } },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan.xlsx");
    const period = periodOption(context);
    const year = yearOption(context);

    const { assertWritable, openWorkbookFile, saveWorkbookFile } = await import("../../xlsx");
    await assertWritable(file);
    progress(context.io, `Läser ${file} …`);
    const book = await openWorkbookFile(file);
    const request = year === undefined ? { period } : { period, year };
    const result = await yearMissingAsUsage(() => prepareFollowUps(book, request));
    const when = `${result.period} ${result.year}`;
    if (result.added === 0 && result.addedAssessments === 0) {
      context.io.out(`Inga nya rader: alla aktiviteter har redan en rad för ${when}.`);
      return EXIT_OK;
    }
    progress(context.io, `Sparar ${file} …`);
    const saved = await saveWorkbookFile(book, file);
    if (saved.throughLink) context.io.err(throughLinkNote(file, saved.written));
    const counts = [
      counted(result.added, "uppföljningsrad", "uppföljningsrader"),
      counted(result.addedAssessments, "bedömningsrad", "bedömningsrader"),
    ].filter((c) => c !== null);
    context.io.out(`Lade till ${counts.join(" och ")} för ${when} i ${file}.`);
    return EXIT_OK;
  },
};
