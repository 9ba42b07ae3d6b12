import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { locateFile, modifiedText, placeText, SharePointError } from "../../src/sharepoint";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { address, clientOptions, LIBRARY, PLAN_PATH, SITE, startStandin, TOKEN } from "./support";

let standin: SharePointStandin;

beforeEach(async () => {
  standin = await startStandin();
  standin.addFile(PLAN_PATH, new Uint8Array([1, 2, 3]), {
    modifiedBy: "Anna Andersson",
    modified: "2026-03-12T08:15:00Z",
  });
});

afterEach(() => standin.close());

describe("locateFile", () => {
  it("finds the site, the library, the folder and who changed the file last", async () => {
    const location = await locateFile(address(standin, PLAN_PATH), clientOptions());
    expect(location).toEqual({
      siteUrl: `${standin.origin}${SITE}`,
      serverRelativeUrl: PLAN_PATH,
      url: `${standin.origin}/sites/skarholmen/Delade%20dokument/Planer/%C3%85tg%C3%A4rdsplan%202026.xlsx`,
      fileName: "Åtgärdsplan 2026.xlsx",
      library: { title: "Dokument", serverRelativeUrl: LIBRARY },
      folder: { serverRelativeUrl: `${LIBRARY}/Planer`, pathInLibrary: "Planer" },
      modifiedBy: "Anna Andersson",
      modified: "2026-03-12T08:15:00Z",
    });
    expect(standin.unknown).toEqual([]);
  });

  it("asks for the site with POST /_api/contextinfo at the file's folder, signed in", async () => {
    await locateFile(address(standin, PLAN_PATH), clientOptions());
    const [context, file] = standin.requests;
    expect(context?.method).toBe("POST");
    expect(context?.path).toBe(`${LIBRARY}/Planer/_api/contextinfo`);
    expect(file?.method).toBe("GET");
    expect(file?.path).toBe(`${SITE}/_api/web/getFileByServerRelativePath(decodedUrl='${PLAN_PATH}')`);
    expect(decodeURIComponent(file?.url ?? "")).toContain("$expand=ModifiedBy,ListItemAllFields/ParentList,");
    for (const request of standin.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.accept).toBe("application/json");
    }
  });

  it("reads the library's name from SharePoint, whatever the tenant calls it", async () => {
    standin.libraries[0] = { ...standin.libraries[0]!, title: "Samverkan och trygghet" };
    const location = await locateFile(address(standin, PLAN_PATH), clientOptions());
    expect(location.library?.title).toBe("Samverkan och trygghet");
    expect(placeText(location)).toBe("Samverkan och trygghet › Planer");
  });

  it("finds a file in a subsite: the deepest site that holds it", async () => {
    const path = `${SITE}/vasterort/Delade dokument/plan.xlsx`;
    standin.addFile(path, new Uint8Array([4]));
    const location = await locateFile(address(standin, path), clientOptions());
    expect(location.siteUrl).toBe(`${standin.origin}${SITE}/vasterort`);
    expect(location.folder.pathInLibrary).toBe("");
    expect(placeText(location)).toBe("Dokument");
  });

  it("walks up the folders when SharePoint does not know one (404 from contextinfo)", async () => {
    standin.fail({ method: "POST", path: /Planer\/_api\/contextinfo$/, status: 404 });
    const location = await locateFile(address(standin, PLAN_PATH), clientOptions());
    expect(location.siteUrl).toBe(`${standin.origin}${SITE}`);
    const asked = standin.requests.filter((r) => r.path.endsWith("contextinfo")).map((r) => r.path);
    expect(asked).toEqual([`${LIBRARY}/Planer/_api/contextinfo`, `${LIBRARY}/_api/contextinfo`]);
  });

  it("names the address that was not found (404)", async () => {
    const missing = `${LIBRARY}/Planer/finns-inte.xlsx`;
    const error = await locateFile(address(standin, missing), clientOptions()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SharePointError);
    expect((error as SharePointError).status).toBe(404);
    expect((error as SharePointError).userMessage).toBe(
      `Hittade inte ${standin.origin}${missing} i SharePoint. Kontrollera adressen: filen eller mappen kan ha ` +
        "flyttats, bytt namn eller tagits bort.",
    );
  });

  it("says a host with no site at all was not found", async () => {
    const error = await locateFile(`${standin.origin}/annat/plan.xlsx`, clientOptions()).catch(
      (e: unknown) => e,
    );
    expect((error as SharePointError).code).toBe("not-found");
    expect((error as SharePointError).userMessage).toContain(`${standin.origin}/annat/plan.xlsx`);
  });
});

describe("modifiedText", () => {
  it("says who changed the file and when, in Swedish time", () => {
    expect(modifiedText({ modifiedBy: "Anna Andersson", modified: "2026-03-12T08:15:00Z" })).toBe(
      "Senast ändrad av Anna Andersson den 12 mars 2026 kl. 09:15",
    );
    expect(modifiedText({ modifiedBy: null, modified: "2026-07-01T10:00:00Z" })).toBe(
      "Senast ändrad den 1 juli 2026 kl. 12:00",
    );
    expect(modifiedText({ modifiedBy: null, modified: null })).toBeNull();
  });
});
