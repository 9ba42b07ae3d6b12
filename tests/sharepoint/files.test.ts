import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SharePointError } from "../../src/sharepoint";
import { downloadFile, listFolderWorkbooks } from "../../src/sharepoint";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { address, clientOptions, LIBRARY, PLAN_PATH, SITE, startStandin } from "./support";

let standin: SharePointStandin;
const FOLDER = `${LIBRARY}/Planer`;

beforeEach(async () => {
  standin = await startStandin();
});

afterEach(() => standin.close());

describe("downloadFile", () => {
  it("returns the file's bytes from GET …/$value", async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 0, 255, 1]);
    standin.addFile(PLAN_PATH, bytes);
    const read = await downloadFile(
      { siteUrl: `${standin.origin}${SITE}`, serverRelativeUrl: PLAN_PATH },
      clientOptions(),
    );
    expect([...read]).toEqual([...bytes]);
    expect(standin.requests.at(-1)?.path).toBe(
      `${SITE}/_api/web/getFileByServerRelativePath(decodedUrl='${PLAN_PATH}')/$value`,
    );
  });

  it("names the missing file when it was removed meanwhile", async () => {
    const error = await downloadFile(
      { siteUrl: `${standin.origin}${SITE}`, serverRelativeUrl: PLAN_PATH },
      clientOptions(),
    ).catch((e: unknown) => e);
    expect((error as SharePointError).code).toBe("not-found");
    expect((error as SharePointError).userMessage).toContain(`${standin.origin}${PLAN_PATH}`);
  });
});

describe("listFolderWorkbooks", () => {
  it("lists the folder's .xlsx files by name, without Excel's lock files or subfolders", async () => {
    for (const name of [
      "Plan Vårberg.xlsx",
      "Plan Bredäng.XLSX",
      "~$Plan Vårberg.xlsx",
      "Anteckningar.docx",
    ]) {
      standin.addFile(`${FOLDER}/${name}`, new Uint8Array([1]));
    }
    standin.addFile(`${FOLDER}/Arkiv/Plan 2025.xlsx`, new Uint8Array([1]));
    const listing = await listFolderWorkbooks(address(standin, FOLDER), clientOptions());
    expect(listing.siteUrl).toBe(`${standin.origin}${SITE}`);
    expect(listing.workbooks.map((w) => w.name)).toEqual(["Plan Bredäng.XLSX", "Plan Vårberg.xlsx"]);
    expect(listing.workbooks[1]).toMatchObject({
      serverRelativeUrl: `${FOLDER}/Plan Vårberg.xlsx`,
      url: `${standin.origin}/sites/skarholmen/Delade%20dokument/Planer/Plan%20V%C3%A5rberg.xlsx`,
    });
    expect(standin.requests.at(-1)?.path).toBe(
      `${SITE}/_api/web/getFolderByServerRelativePath(decodedUrl='${FOLDER}')/files`,
    );
  });

  it("names the folder that was not found", async () => {
    const error = await listFolderWorkbooks(address(standin, `${LIBRARY}/Saknas`), clientOptions()).catch(
      (e: unknown) => e,
    );
    expect((error as SharePointError).status).toBe(404);
    expect((error as SharePointError).userMessage).toContain(`${standin.origin}${LIBRARY}/Saknas`);
  });
});
