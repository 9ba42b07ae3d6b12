/** `atgardsplan koppla FIL.xlsx [--ja] [--byt-namn]`: binds an existing workbook to the plan's tables. */
import { bindPlan, defaultBindingPlan, describeOperation, proposeBinding } from "../../plan";
import { throughLinkNote } from "../file-notes";
import { EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { formatBindingProposal } from "../format-binding";
import { booleanOption, fileArgument, progress } from "../options";

const USAGE = "atgardsplan koppla FIL.xlsx [--ja] [--byt-namn]";

const HELP = `Användning: ${USAGE}

Gör en arbetsbok där planen redan finns, som vanliga områden med egna rubriker på blad
med egna namn, till en planarbetsbok utan att något skrivs om. För varje tabell i planen
letar kommandot upp tabellen eller området som håller den (rubrikerna känns igen i vilken
ordning som helst, även med alternativa namn) och visar förslaget: blad och område,
kolumnerna som känns igen, obligatoriska kolumner som saknas och andra tänkbara områden.
Där inget passar skapas en ny, tom tabell.

Med --ja genomförs förslaget: varje område blir en Excel-tabell med planens tabellnamn,
saknade obligatoriska kolumner läggs till längst till höger (bara rubriken), kolumner med
aktivitetsnummer formateras som text och varje tabell kopplas, så att den hittas även
om bladet eller tabellen byter namn. Inget värde som någon har skrivit ändras eller flyttas.

Flaggor:
  --ja                 genomför förslaget och spara arbetsboken
  --byt-namn           låt befintliga tabeller byta namn till planens tabellnamn
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan koppla vår-plan.xlsx
  atgardsplan koppla vår-plan.xlsx --ja

En arbetsbok som redan är kopplad så ändras inte; kommandot säger det och skriver inte filen.

Slutstatus:
  0  klart (förslaget visat, genomfört med --ja, eller redan kopplat)
  2  fel i anropet, filen kan inte läsas eller förslaget kan inte genomföras (inget skrevs)

Engelskt alias: bind`;

export const kopplaCommand: Command = {
  name: "koppla",
  alias: "bind",
  summary: "koppla en befintlig arbetsboks områden till planens tabeller",
  help: HELP,
  options: { ja: { type: "boolean" }, "byt-namn": { type: "boolean" } },
  async run(context) {
    const file = fileArgument(context, USAGE, "arbetsboken att koppla, till exempel plan.xlsx");
    const apply = booleanOption(context, "ja");
    const allowRename = booleanOption(context, "byt-namn");

    const { assertWritable, openWorkbookFile, saveWorkbookFile } = await import("../../xlsx");
    if (apply) await assertWritable(file);
    progress(context.io, `Läser ${file} …`);
    const book = await openWorkbookFile(file);
    if (!apply) {
      const proposal = proposeBinding(await book.readSnapshot());
      context.io.out(formatBindingProposal(proposal, file, allowRename));
      context.io.out("\nInget har ändrats. Kör kommandot med --ja för att koppla planen så här.");
      return EXIT_OK;
    }
    const { proposal, operations } = await bindPlan(book, (p) => ({ ...defaultBindingPlan(p), allowRename }));
    if (operations.length === 0) {
      context.io.out(`Planen i ${file} är redan kopplad. Inget behövde ändras, och filen skrevs inte.`);
      return EXIT_OK;
    }
    progress(context.io, `Sparar ${file} …`);
    const saved = await saveWorkbookFile(book, file);
    if (saved.throughLink) context.io.err(throughLinkNote(file, saved.written));
    context.io.out(formatBindingProposal(proposal, file, allowRename));
    context.io.out(`\nPlanen i ${file} är kopplad:`);
    for (const op of operations) context.io.out(`  - ${describeOperation(op)}`);
    return EXIT_OK;
  },
};
