/**
 * Reading a workbook file for a command: each way the path can be wrong gets its own Swedish
 * message (a WorkbookFileError, exit 2 on the command line), and a good file gives its bytes,
 * their identity (for a later save in place) and the plan snapshot.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWorkbookFile, readWorkbookFileSnapshot } from "../../src/xlsx/read-workbook-file";
import { FILE_MESSAGES } from "../../src/xlsx/file-messages";
import { MAX_PACKAGE_BYTES } from "../../src/xlsx/size-limit";
import { WorkbookFileError } from "../../src/xlsx/workbook-file-error";
import { makeTempDir, removeTempDir } from "../helpers/cli";

const EXAMPLE = "examples/atgardsplan-skarholmen.xlsx";
let dir = "";
beforeEach(() => {
  dir = makeTempDir("atgardsplan-las-");
});
afterEach(() => removeTempDir(dir));

/** The error `read` throws, which must be a WorkbookFileError. */
async function failure(read: Promise<unknown>): Promise<WorkbookFileError> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  return error as WorkbookFileError;
}

describe("readWorkbookFile", () => {
  it("gives the file's bytes and the identity of what was read", async () => {
    const path = join(dir, "plan.xlsx");
    const bytes = readFileSync(EXAMPLE);
    writeFileSync(path, bytes);
    const read = await readWorkbookFile(path);
    expect(Buffer.from(read.bytes).equals(bytes)).toBe(true);
    expect(read.identity.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("says a file that is not there does not exist, also under a path through a file", async () => {
    const missing = join(dir, "finns-inte.xlsx");
    expect((await failure(readWorkbookFile(missing))).message).toBe(FILE_MESSAGES.missing(missing));
    writeFileSync(join(dir, "fil"), "x");
    const throughFile = join(dir, "fil", "plan.xlsx");
    expect((await failure(readWorkbookFile(throughFile))).message).toBe(FILE_MESSAGES.missing(throughFile));
  });

  it("says a folder is a folder", async () => {
    const folder = join(dir, "mapp.xlsx");
    mkdirSync(folder);
    expect((await failure(readWorkbookFile(folder))).message).toBe(FILE_MESSAGES.directory(folder));
  });

  it("refuses a file larger than a plan workbook can be, before reading it", async () => {
    const path = join(dir, "stor.xlsx");
    writeFileSync(path, "");
    truncateSync(path, MAX_PACKAGE_BYTES + 1); // sparse: nothing is written
    expect((await failure(readWorkbookFile(path))).message).toBe(
      FILE_MESSAGES.fileTooLarge(path, MAX_PACKAGE_BYTES + 1),
    );
  });

  it("takes a file of exactly the largest size to its reading", async () => {
    const path = join(dir, "gräns.xlsx");
    writeFileSync(path, "");
    truncateSync(path, MAX_PACKAGE_BYTES);
    const read = await readWorkbookFile(path);
    expect(read.bytes.length).toBe(MAX_PACKAGE_BYTES);
  });

  it("says what the file system answered for any other failure", async () => {
    const loop = join(dir, "slinga.xlsx");
    symlinkSync(loop, loop);
    expect((await failure(readWorkbookFile(loop))).message).toBe(
      FILE_MESSAGES.unreadable(loop, "filsystemet svarade ELOOP"),
    );
  });
});

describe("readWorkbookFileSnapshot", () => {
  it("reads the plan's tables from the file", async () => {
    const snapshot = await readWorkbookFileSnapshot(EXAMPLE);
    const tables = snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(["Plan", "Aktiviteter", "Uppfoljning"]));
  });

  it("says a missing file is missing", async () => {
    const missing = join(dir, "borta.xlsx");
    expect((await failure(readWorkbookFileSnapshot(missing))).message).toBe(FILE_MESSAGES.missing(missing));
  });
});
