/**
 * Plan workbooks in SharePoint for `validera` and `rapport`: an argument that is an address
 * (https://…) is read through the SharePoint adapter with an access token from the
 * environment (ATGARDSPLAN_TOKEN) or a file (--token-fil). The token is never printed.
 */
import { readFile } from "node:fs/promises";
import {
  downloadFile,
  locateFile,
  whyNotSharePoint,
  type FileLocation,
  type SharePointOptions,
} from "../sharepoint";
import { ExceljsWorkbook } from "../xlsx";
import { CliError } from "./cli-error";
import type { CommandContext } from "./command";
import { progress, stringOption } from "./options";
import { TOKEN_FILE_OPTION, TOKEN_VARIABLE } from "./address-argument";

/** A token as given: "Bearer " in front is allowed; anything else but one token is not. */
function cleanToken(text: string, source: string): string {
  const token = text.trim().replace(/^Bearer\s+/i, "");
  if (token === "") throw new CliError(`${source} är tom. Ange en åtkomsttoken för SharePoint.`);
  if (/[\s\p{Cc}]/u.test(token)) {
    throw new CliError(
      `${source} innehåller mellanslag eller radbrytningar och kan inte vara en åtkomsttoken.`,
    );
  }
  return token;
}

/** The access token: `--token-fil FIL` or ATGARDSPLAN_TOKEN; missing → usage error (exit 2). */
export async function readToken(context: CommandContext, env = process.env): Promise<string> {
  const file = stringOption(context, TOKEN_FILE_OPTION);
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (cause) {
      throw new CliError(`Token-filen ${file} kunde inte läsas. Kontrollera sökvägen.`, { cause });
    }
    return cleanToken(text, `Token-filen ${file}`);
  }
  const value = env[TOKEN_VARIABLE];
  if (value === undefined || value.trim() === "") {
    throw new CliError(
      `Ange en åtkomsttoken för SharePoint: sätt miljövariabeln ${TOKEN_VARIABLE} eller ange ` +
        `--token-fil FIL. Token ska gälla för SharePoint-adressen (https://DIN-ORGANISATION.sharepoint.com).`,
    );
  }
  return cleanToken(value, `Miljövariabeln ${TOKEN_VARIABLE}`);
}

/** The SharePoint client's options for this command run. */
export async function sharePointOptions(context: CommandContext): Promise<SharePointOptions> {
  const token = await readToken(context);
  return { getToken: async () => token };
}

/** Throws a usage error unless `address` can be a SharePoint address. */
export function assertAddress(address: string): void {
  const reason = whyNotSharePoint(address);
  if (reason !== null) throw new CliError(reason);
}

export interface SharePointWorkbook {
  readonly book: ExceljsWorkbook;
  readonly location: FileLocation;
  readonly options: SharePointOptions;
}

/** Downloads the workbook at `address` and opens it. Faults carry Swedish messages (exit 2). */
export async function openSharePointWorkbook(
  context: CommandContext,
  address: string,
): Promise<SharePointWorkbook> {
  assertAddress(address);
  const options = await sharePointOptions(context);
  progress(context.io, `Hämtar ${address} från SharePoint …`);
  const location = await locateFile(address, options);
  const bytes = await downloadFile(location, options);
  return { book: await ExceljsWorkbook.fromBuffer(bytes, location.fileName), location, options };
}
