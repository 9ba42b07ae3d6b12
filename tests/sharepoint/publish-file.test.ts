import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SharePointError } from "../../src/sharepoint";
import { publishFile, type PublishRequest } from "../../src/sharepoint";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { clientOptions, LIBRARY, PLAN_PATH, SITE, startStandin } from "./support";

let standin: SharePointStandin;
const FOLDER = `${LIBRARY}/Planer`;
const REPORTS = `${FOLDER}/Uppföljning`;
const NAME = "Rapport T1 2026 – Åtgärdsplan.xlsx";
const FINAL = `${REPORTS}/${NAME}`;
const PLAN_BYTES = new Uint8Array([9, 9, 9]);

function request(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    siteUrl: `${standin.origin}${SITE}`,
    folderServerRelativeUrl: FOLDER,
    subfolder: "Uppföljning",
    fileName: NAME,
    bytes: new Uint8Array([1, 2, 3, 4]),
    sourceServerRelativeUrl: PLAN_PATH,
    overwrite: false,
    ...overrides,
  };
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => e as SharePointError,
  );
const writes = () => standin.requests.filter((r) => r.method !== "GET");

beforeEach(async () => {
  standin = await startStandin();
  standin.addFile(PLAN_PATH, PLAN_BYTES);
  standin.locked.add(PLAN_PATH.toLowerCase()); // open in Excel: SharePoint would answer 423
});

afterEach(() => standin.close());

describe("publishFile", () => {
  it("creates the folder Uppföljning next to the plan and puts the file there", async () => {
    const published = await publishFile(request(), clientOptions());
    expect(published).toEqual({
      serverRelativeUrl: FINAL,
      url: `${standin.origin}/sites/skarholmen/Delade%20dokument/Planer/Uppf%C3%B6ljning/Rapport%20T1%202026%20%E2%80%93%20%C3%85tg%C3%A4rdsplan.xlsx`,
      replaced: false,
    });
    expect(standin.folders.has(REPORTS.toLowerCase())).toBe(true);
    expect([...(standin.file(FINAL)?.bytes ?? [])]).toEqual([1, 2, 3, 4]);
    expect(standin.filesIn(REPORTS)).toEqual([FINAL]);
    expect(standin.unknown).toEqual([]);
  });

  it("uploads under a temporary name, then moves the file to its name", async () => {
    await publishFile(request(), clientOptions());
    const posts = writes().map((r) => r.path.replace(/uppladdning-[0-9a-f-]+\.tmp/, "TEMP"));
    expect(posts).toEqual([
      `${SITE}/_api/web/folders/addUsingPath(DecodedUrl='${REPORTS}',overwrite=false)`,
      `${SITE}/_api/web/getFolderByServerRelativePath(decodedUrl='${REPORTS}')/files/AddUsingPath(decodedurl='TEMP')`,
      `${SITE}/_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)`,
    ]);
    expect(writes()[1]?.bodyLength).toBe(4);
  });

  it("uses an existing Uppföljning folder as it is", async () => {
    standin.addFolder(REPORTS);
    await publishFile(request(), clientOptions());
    expect(writes().some((r) => /folders\/addUsingPath/i.test(r.path))).toBe(false);
    expect(standin.file(FINAL)).toBeDefined();
  });

  it("never writes the plan workbook itself, nor anything else, when the target is the plan", async () => {
    const error = await failure(
      publishFile(
        request({
          subfolder: "",
          folderServerRelativeUrl: LIBRARY,
          fileName: "Planer/Åtgärdsplan 2026.xlsx",
        }),
        clientOptions(),
      ),
    );
    expect(error?.code).toBe("refused");
    const self = await failure(
      publishFile(
        request({ folderServerRelativeUrl: LIBRARY, subfolder: "Planer", fileName: "åtgärdsplan 2026.xlsx" }),
        clientOptions(),
      ),
    );
    expect(self?.code).toBe("refused");
    expect(self?.userMessage).toMatch(/planens egen arbetsbok .* skrivs aldrig över/);
    expect(standin.requests).toEqual([]);
    expect([...(standin.file(PLAN_PATH)?.bytes ?? [])]).toEqual([...PLAN_BYTES]);
  });

  it("asks before replacing: an existing file gives code exists and is left as it was", async () => {
    standin.addFile(FINAL, new Uint8Array([7]));
    const error = await failure(publishFile(request(), clientOptions()));
    expect(error?.code).toBe("exists");
    expect(error?.userMessage).toBe(
      `Det finns redan en fil som heter ${NAME} i mappen Uppföljning. Bekräfta att den ska ersättas med en ny version av filen.`,
    );
    expect(writes()).toEqual([]);
    expect(standin.file(FINAL)?.version).toBe(1);
    expect([...(standin.file(FINAL)?.bytes ?? [])]).toEqual([7]);
  });

  it("saves a new version of the existing file once the user confirmed", async () => {
    standin.addFile(FINAL, new Uint8Array([7]));
    const published = await publishFile(request({ overwrite: true }), clientOptions());
    expect(published.replaced).toBe(true);
    expect(standin.file(FINAL)?.version).toBe(2);
    expect([...(standin.file(FINAL)?.bytes ?? [])]).toEqual([1, 2, 3, 4]);
    expect(standin.filesIn(REPORTS)).toEqual([FINAL]);
  });

  it("leaves no file when the connection drops in the middle of the upload", async () => {
    standin.fail({ method: "POST", path: /AddUsingPath/i, drop: "request" });
    const error = await failure(publishFile(request({ bytes: new Uint8Array(200_000) }), clientOptions()));
    expect(error?.code).toBe("network");
    expect(error?.userMessage).toBe(
      "Anslutningen till SharePoint (" +
        new URL(standin.origin).host +
        ") bröts eller kunde inte öppnas. Kontrollera nätverket och försök igen.",
    );
    expect(standin.file(FINAL)).toBeUndefined();
    expect(standin.filesIn(REPORTS)).toEqual([]);
  });

  it("removes the uploaded temporary file when the move fails", async () => {
    standin.fail({ method: "POST", path: /MoveFileByPath/, drop: "request" });
    const error = await failure(publishFile(request(), clientOptions()));
    expect(error?.code).toBe("network");
    expect(standin.filesIn(REPORTS)).toEqual([]);
    const cleanup = writes().at(-1);
    expect(cleanup?.headers["x-http-method"]).toBe("DELETE");
    expect(cleanup?.path).toMatch(/uppladdning-[0-9a-f-]+\.tmp'\)$/);
  });

  it("keeps the earlier version when a replacing upload is dropped", async () => {
    standin.addFile(FINAL, new Uint8Array([7]));
    standin.fail({ method: "POST", path: /AddUsingPath/i, drop: "request" });
    const error = await failure(publishFile(request({ overwrite: true }), clientOptions()));
    expect(error?.code).toBe("network");
    expect(standin.file(FINAL)?.version).toBe(1);
    expect([...(standin.file(FINAL)?.bytes ?? [])]).toEqual([7]);
  });

  it("says the report file is locked (423) when someone has it open, naming it", async () => {
    standin.addFile(FINAL, new Uint8Array([7]));
    standin.locked.add(FINAL.toLowerCase());
    const error = await failure(publishFile(request({ overwrite: true }), clientOptions()));
    expect(error?.status).toBe(423);
    expect(error?.userMessage).toMatch(new RegExp(`^${NAME} är låst i SharePoint \\(${standin.origin}`));
    expect([...(standin.file(FINAL)?.bytes ?? [])]).toEqual([7]);
  });

  it("refuses a file name SharePoint does not allow", async () => {
    const error = await failure(publishFile(request({ fileName: "Rapport: T1?.xlsx" }), clientOptions()));
    expect(error?.code).toBe("refused");
    expect(standin.requests).toEqual([]);
  });
});
