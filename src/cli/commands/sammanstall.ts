/**
 * `atgardsplan sammanstall MAPP|URL --period T1|T2|VB [--ar ÅR] -o SAMMANSTÄLLNING.xlsx`:
 * one workbook over every plan in a folder on disk or in SharePoint. The plans are only read.
 */
import { countSv, layoutPlansSummary, PERIOD_LABELS, summarizePlans, type PlansSummary } from "../../plan";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { throughLinkNote } from "../file-notes";
import {
  periodOption,
  progress,
  refuseExistingOutput,
  requireXlsx,
  stringOption,
  yearOption,
} from "../options";
import { SHAREPOINT_OPTIONS } from "../address-argument";

const USAGE = "atgardsplan sammanstall MAPP|URL --period T1|T2|VB [--ar ÅR] -o SAMMANSTÄLLNING.xlsx";

const HELP = `Användning: ${USAGE} [--skriv-over] [--token-fil FIL]

Sammanställer alla planers uppföljning för en period i en ny arbetsbok: varje arbetsbok
(.xlsx) i MAPP, eller i SharePoint-mappen på adressen URL, läses en i taget. Planerna
ändras inte.

Arbetsboken får tre blad:
  Per stadsdel      en rad per stadsdel: aktiviteter, rapporterade, Uppfyllt, Delvis
                    uppfyllt, Ej uppfyllt, Ej bedömt, saknas och sena rapporter, samma
                    siffror som i stadsdelens egen rapport; ett diagram över status per
                    stadsdel; och de arbetsböcker som inte kom med, med skälet
  Alla aktiviteter  varje aktivitet i varje stadsdel och dess status i årets perioder
  Avvikelser        periodens avvikelser i varje stadsdel

En arbetsbok som inte kan läsas eller inte är en plan listas med skälet, och resten
sammanställs. Planer för ett annat år än det som sammanställs listas men räknas inte med.

Flaggor:
  --period T1|T2|VB     perioden som sammanställs (krävs)
  --ar ÅÅÅÅ             året som sammanställs (standard: det år som flest planer gäller)
  -o, --utfil FIL.xlsx  sammanställningens arbetsbok (krävs)
  --skriv-over          ersätt FIL.xlsx om den redan finns
  --token-fil FIL       läs åtkomsttoken för SharePoint från FIL (annars miljövariabeln
                        ATGARDSPLAN_TOKEN); den skrivs aldrig ut
  -h, --help            visa den här hjälpen

Exempel:
  atgardsplan sammanstall planer --period T2 -o sammanstallning-T2-2026.xlsx
  atgardsplan sammanstall "https://kommun.sharepoint.com/sites/stadsdelar/Delade dokument/Planer" --period VB --ar 2026 -o vb-2026.xlsx

Slutstatus:
  0  sammanställningen skrevs
  2  fel i anropet, mappen kan inte läsas eller ingen plan kunde sammanställas (inget skrevs)

Engelskt alias: summarize`;

/** What the command prints: what was summarised, the totals and what was left out. */
export function summaryReport(summary: PlansSummary, out: string): string {
  const t = summary.total;
  const period = `${PERIOD_LABELS[summary.period]} ${summary.year}`;
  const districts = countSv(summary.districts.length, "stadsdel", "stadsdelar");
  return [
    `Skapade ${out}: ${period} för ${districts}, från planerna i ${summary.source}, som inte ändrades.`,
    `Totalt ${countSv(t.activities, "aktivitet", "aktiviteter")}: ${t.reported} rapporterade ` +
      `(Uppfyllt ${t.met}, Delvis uppfyllt ${t.partly}, Ej uppfyllt ${t.notMet}, Ej bedömt ${t.notAssessed}), ` +
      `${t.missing} saknas, ${countSv(t.late, "sen rapport", "sena rapporter")}.`,
    ...(summary.skipped.length === 0
      ? ["", "Alla arbetsböcker i mappen kom med."]
      : [
          "",
          `Inte med (${summary.skipped.length}):`,
          ...summary.skipped.map((s) => `  ${s.file}: ${s.reason}`),
        ]),
  ].join("\n");
}

export const sammanstallCommand: Command = {
  name: "sammanstall",
  alias: "summarize",
  summary: "sammanställer alla planer i en mapp för en period, i en ny arbetsbok",
  help: HELP,
  options: {
    period: { type: "string" },
    ar: { type: "string" },
    utfil: { type: "string", short: "o" },
    "skriv-over": { type: "boolean" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const [folder, ...extra] = context.positionals;
    if (folder === undefined || folder.trim() === "") {
      throw new CliError(`Ange mappen med planerna, eller dess adress i SharePoint.\nAnvändning: ${USAGE}`);
    }
    if (extra.length > 0) {
      throw new CliError(`Ange en mapp, inte flera (fick också ${extra.join(", ")}).\nAnvändning: ${USAGE}`);
    }
    const period = periodOption(context);
    const year = yearOption(context);
    const out = stringOption(context, "utfil");
    if (out === undefined || out.trim() === "") {
      throw new CliError(
        `Ange sammanställningens arbetsbok med -o, till exempel -o sammanstallning.xlsx.\nAnvändning: ${USAGE}`,
      );
    }
    requireXlsx(out);
    refuseExistingOutput(context, out);
    // The workbook adapter and the folder listing (disk or SharePoint) load when it runs.
    const [{ assertFolderExists, newWorkbookBytes, saveWorkbookBytes }, { listPlanFolder }] =
      await Promise.all([import("../../xlsx"), import("../plan-folder")]);
    await assertFolderExists(out);
    const sources = await listPlanFolder(context, folder, [out]);
    const summary = await summarizePlans(sources, {
      period,
      ...(year === undefined ? {} : { year }),
      source: folder,
      createdOn: context.today,
      onProgress: (name) => progress(context.io, `Läser ${name} …`),
    });
    progress(context.io, `Sparar ${out} …`);
    const bytes = await newWorkbookBytes({ sheets: layoutPlansSummary(summary) });
    const saved = await saveWorkbookBytes(bytes, out);
    if (saved.throughLink) context.io.err(throughLinkNote(out, saved.written));
    context.io.out(summaryReport(summary, out));
    return EXIT_OK;
  },
};
