/**
 * The plan workbooks in a folder, on disk or in SharePoint (an address, https://…), as
 * sources that are read only when opened: one at a time, so that a summary over many plans
 * keeps one workbook in memory. Excel's lock files (`~$…`) are left out; files by name.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { PlanSource } from "../plan";
import { downloadFile, isWorkbookName, listFolderWorkbooks } from "../sharepoint";
import { ExceljsWorkbook, openWorkbookFile } from "../xlsx";
import { CliError } from "./cli-error";
import type { CommandContext } from "./command";
import { progress } from "./options";
import { isAddressArgument } from "./address-argument";
import { assertAddress, sharePointOptions } from "./sharepoint-source";

const byName = (a: string, b: string) => a.localeCompare(b, "sv-SE", { numeric: true });

async function diskSources(folder: string, exclude: readonly string[]): Promise<PlanSource[]> {
  const info = await stat(folder).catch(() => null);
  if (info === null) throw new CliError(`Mappen ${folder} finns inte. Kontrollera sökvägen.`);
  if (!info.isDirectory()) {
    throw new CliError(`${folder} är ingen mapp. Ange mappen där planernas arbetsböcker ligger.`);
  }
  const skip = new Set(exclude.map((p) => resolve(p)));
  const entries = await readdir(folder, { withFileTypes: true }).catch((cause: unknown) => {
    throw new CliError(`Mappen ${folder} kunde inte läsas. Kontrollera behörigheterna.`, { cause });
  });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name))
    .filter((e) => !skip.has(resolve(folder, e.name)))
    .map((e) => e.name)
    .sort(byName)
    .map((name) => ({ name, open: () => openWorkbookFile(join(folder, name)) }));
}

async function sharePointSources(context: CommandContext, address: string): Promise<PlanSource[]> {
  assertAddress(address);
  const client = await sharePointOptions(context);
  progress(context.io, `Hämtar listan över arbetsböcker i ${address} …`);
  const listing = await listFolderWorkbooks(address, client);
  return listing.workbooks.map((file) => ({
    name: file.name,
    open: async () => ExceljsWorkbook.fromBuffer(await downloadFile(file, client), file.name),
  }));
}

/**
 * The workbooks in `folder` (a path, or a SharePoint address); `exclude` names files on
 * disk to leave out (the command's own output). Throws CliError for a folder that cannot be
 * listed or holds no workbook, SharePointError when SharePoint cannot list it.
 */
export async function listPlanFolder(
  context: CommandContext,
  folder: string,
  exclude: readonly string[] = [],
): Promise<PlanSource[]> {
  const sources = isAddressArgument(folder)
    ? await sharePointSources(context, folder)
    : await diskSources(folder, exclude);
  if (sources.length === 0) throw new CliError(`Mappen ${folder} innehåller inga arbetsböcker (.xlsx).`);
  return sources;
}
