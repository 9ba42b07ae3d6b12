/** Workbooks as files: clear errors when opening, atomic saves. */
import ExcelJS from "exceljs";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertFileAbsent,
  assertFolderExists,
  ExceljsWorkbook,
  openWorkbookFile,
  newWorkbookBytes,
  saveWorkbookBytes,
  saveWorkbookFile,
  WorkbookFileError,
} from "../../src/xlsx";
import type { NewTable, TableName } from "../../src/plan";
import { runsWhen } from "../helpers/external-tools";
import { bytesOf, loadRaw, NOT_WORKBOOKS } from "../helpers/xlsx-fixtures";

const isRoot = runsWhen(
  process.getuid?.() === 0,
  "testet av att en sparning behåller filens ägare och grupp",
  "det körs inte som root (bara root kan ge bort en fil till en annan ägare)",
);
const hasProcFds = runsWhen(
  existsSync("/proc/self/fd"),
  "testet av att en sparning stänger sina filer",
  "/proc/self/fd finns inte här",
);

/** The files this process has open in `folder` (Linux: /proc/self/fd). */
function openFilesIn(folder: string): string[] {
  return readdirSync("/proc/self/fd")
    .map((fd) => {
      try {
        return readlinkSync(join("/proc/self/fd", fd));
      } catch {
        return ""; // the fd readdir itself used, closed meanwhile
      }
    })
    .filter((target) => target.startsWith(`${folder}/`));
}

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(work: Promise<unknown>): Promise<WorkbookFileError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  return error as WorkbookFileError;
}

async function writeBook(path: string, text: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Blad1").getCell("A1").value = text;
  writeFileSync(path, await bytesOf(book));
}

/** A table sheet "Ny" holding `text`, written through the port. */
function addText(book: ExceljsWorkbook, text: string): Promise<void> {
  return addTextTo(book, "Ny", text, "Plan");
}

/** A table `name` on a new sheet `sheet` holding `text`, written through the port. */
async function addTextTo(book: ExceljsWorkbook, sheet: string, text: string, name: TableName): Promise<void> {
  const table: NewTable = {
    ...{ name, sheet, headers: ["Text"], rows: [[text]] },
    ...{ widths: [], textColumns: [], lists: [], dateColumns: [] },
  };
  await book.createTables([table]);
}

describe("openWorkbookFile", () => {
  it("opens a workbook", async () => {
    const path = join(dir, "plan.xlsx");
    await writeBook(path, "Hej");
    const book = await openWorkbookFile(path);
    expect((await book.readSnapshot()).sheets[0]?.usedRange?.rows).toEqual([["Hej"]]);
  });

  it("says a missing file does not exist", async () => {
    const path = join(dir, "finns-inte.xlsx");
    const error = await failure(openWorkbookFile(path));
    expect(error.userMessage).toBe(`Filen "${path}" finns inte. Kontrollera sökvägen och filnamnet.`);
  });

  it("says a folder is not a file", async () => {
    const path = join(dir, "mapp.xlsx");
    mkdirSync(path);
    const error = await failure(openWorkbookFile(path));
    expect(error.userMessage).toContain("är en mapp, inte en fil");
  });

  it.each([
    ["tom.xlsx", NOT_WORKBOOKS.empty(), "tom (0 byte)"],
    ["gammal.xlsx", NOT_WORKBOOKS.legacyXls(), ".xls"],
    ["lösenord.xlsx", NOT_WORKBOOKS.encrypted(), "lösenordsskyddad"],
    ["tabell.xlsx", NOT_WORKBOOKS.csv(), "textfil"],
  ] as const)("explains what is wrong with %s", async (name, bytes, words) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const error = await failure(openWorkbookFile(path));
    expect(error.userMessage).toContain(path);
    expect(error.userMessage).toContain(words);
  });
});

/** A workbook in a folder of its own (made with `prefix`), opened. */
async function openedPlan(prefix: string) {
  const folder = mkdtempSync(join(dir, prefix));
  const path = join(folder, "plan.xlsx");
  await writeBook(path, "gammal");
  return { folder, path, book: await openWorkbookFile(path) };
}

/** Someone else saves `path`; saving `book` there then is refused, and their file stays. */
async function refusedAfterTheirSave(book: ExceljsWorkbook, path: string): Promise<void> {
  await writeBook(path, "någon annans");
  const theirs = readFileSync(path);
  const error = await failure(saveWorkbookFile(book, path));
  expect(error.userMessage).toContain("ändrades av någon annan medan atgardsplan arbetade");
  expect(readFileSync(path).equals(theirs)).toBe(true);
}

describe("saveWorkbookFile", () => {
  it("writes a workbook that opens again", async () => {
    const path = join(dir, "ny.xlsx");
    const book = ExceljsWorkbook.empty();
    await addText(book, "sparad");
    await saveWorkbookFile(book, path);
    expect((await loadRaw(readFileSync(path))).getWorksheet("Ny")?.getCell("A2").value).toBe("sparad");
  });

  it("replaces an existing file", async () => {
    const path = join(dir, "ersatt.xlsx");
    await writeBook(path, "gammal");
    const book = await openWorkbookFile(path);
    await addText(book, "ny");
    await saveWorkbookFile(book, path);
    const saved = await loadRaw(readFileSync(path));
    expect(saved.getWorksheet("Blad1")?.getCell("A1").value).toBe("gammal");
    expect(saved.getWorksheet("Ny")?.getCell("A2").value).toBe("ny");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the original untouched and no temporary file when writing fails", async () => {
    const folder = mkdtempSync(join(dir, "fail-"));
    const path = join(folder, "plan.xlsx");
    await writeBook(path, "original");
    const before = readFileSync(path);
    const book = await openWorkbookFile(path);
    book.toBuffer = () => Promise.reject(new Error("disk full halfway"));
    const error = await failure(saveWorkbookFile(book, path));
    expect(error.userMessage).toBe(
      `Arbetsboken kunde inte sparas som "${path}": arbetsboken kunde inte skrivas. Inget sparades.`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual(["plan.xlsx"]);
  });

  it("removes the temporary file when the rename fails", async () => {
    const folder = mkdtempSync(join(dir, "rename-"));
    const path = join(folder, "plan.xlsx");
    mkdirSync(join(path, "inuti"), { recursive: true });
    const book = ExceljsWorkbook.empty();
    await addText(book, "x");
    const error = await failure(saveWorkbookFile(book, path));
    expect(error.userMessage).toMatch(/kunde inte sparas som ".*plan\.xlsx": .+\. Inget sparades\./);
    expect(readdirSync(folder)).toEqual(["plan.xlsx"]);
  });

  it("saves the same workbook in place again, and still sees what someone else saved after that", async () => {
    const { folder, path, book } = await openedPlan("again-");
    await addText(book, "första");
    await saveWorkbookFile(book, path);
    await addTextTo(book, "Andra", "andra", "Omraden");
    expect(await saveWorkbookFile(book, path)).toEqual({ written: realpathSync(path), throughLink: false });
    expect((await loadRaw(readFileSync(path))).getWorksheet("Andra")?.getCell("A2").value).toBe("andra");
    await addTextTo(book, "Tredje", "tredje", "Aktiviteter");
    await refusedAfterTheirSave(book, path);
    expect(readdirSync(folder)).toEqual(["plan.xlsx"]);
  });

  it("still guards the file a workbook was read from after it was saved as a copy", async () => {
    const { folder, path, book } = await openedPlan("copy-");
    await addText(book, "ny");
    await saveWorkbookFile(book, join(folder, "kopia.xlsx"));
    await refusedAfterTheirSave(book, path);
  });

  it.runIf(hasProcFds)("leaves no file open once a workbook is opened and saved", async () => {
    const { folder, path, book } = await openedPlan("open-");
    await addText(book, "ny");
    await saveWorkbookFile(book, path);
    expect(openFilesIn(folder)).toEqual([]);
  });

  it.runIf(isRoot)("keeps the file's owner and group, whichever of them is another's", async () => {
    const folder = mkdtempSync(join(dir, "owner-"));
    for (const [uid, gid] of [
      [1234, 5678],
      [0, 5678],
      [1234, 0],
    ] as const) {
      const path = join(folder, `plan-${uid}-${gid}.xlsx`);
      await writeBook(path, "gammal");
      chownSync(path, uid, gid);
      const book = await openWorkbookFile(path);
      await addText(book, "ny");
      await saveWorkbookFile(book, path);
      expect([statSync(path).uid, statSync(path).gid]).toEqual([uid, gid]);
      expect((await loadRaw(readFileSync(path))).getWorksheet("Ny")?.getCell("A2").value).toBe("ny");
    }
  });

  it("says so when the folder does not exist", async () => {
    const book = ExceljsWorkbook.empty();
    await addText(book, "x");
    const error = await failure(saveWorkbookFile(book, join(dir, "saknas", "plan.xlsx")));
    expect(error.userMessage).toContain("mappen finns inte");
  });
});

describe("saveWorkbookBytes", () => {
  const newPlan = async (text: string) =>
    newWorkbookBytes({
      tables: [
        {
          ...{ name: "Plan", sheet: "Ny", headers: ["Text"], rows: [[text]] },
          ...{ widths: [], textColumns: [], lists: [], dateColumns: [] },
        },
      ],
    });

  it("writes a new workbook that opens again, and replaces a file only whole", async () => {
    const folder = mkdtempSync(join(dir, "bytes-"));
    const path = join(folder, "ny.xlsx");
    expect(await saveWorkbookBytes(await newPlan("första"), path)).toEqual({
      written: realpathSync(folder) + "/ny.xlsx",
      throughLink: false,
    });
    await saveWorkbookBytes(await newPlan("andra"), path);
    expect((await loadRaw(readFileSync(path))).getWorksheet("Ny")?.getCell("A2").value).toBe("andra");
    expect(readdirSync(folder)).toEqual(["ny.xlsx"]);
  });

  it("refuses a file LibreOffice has open and leaves it as it was", async () => {
    const folder = mkdtempSync(join(dir, "bytes-lock-"));
    const path = join(folder, "oppen.xlsx");
    writeFileSync(path, "min fil");
    writeFileSync(join(folder, ".~lock.oppen.xlsx#"), ",Anna Andersson,dator,2026-09-30T10:00;");
    const error = await failure(saveWorkbookBytes(await newPlan("x"), path));
    expect(error.userMessage).toContain("Anna Andersson");
    expect(readFileSync(path, "utf8")).toBe("min fil");
    expect(readdirSync(folder).sort()).toEqual([".~lock.oppen.xlsx#", "oppen.xlsx"]);
  });
});

describe("assertFileAbsent", () => {
  it("passes for a new name and refuses an existing file", async () => {
    await assertFileAbsent(join(dir, "helt-ny.xlsx"));
    const path = join(dir, "finns.xlsx");
    writeFileSync(path, "x");
    expect((await failure(assertFileAbsent(path))).userMessage).toContain("finns redan");
  });

  it("refuses a name it cannot look up, saying why, rather than taking it for free", async () => {
    const file = join(dir, "en-fil.txt");
    writeFileSync(file, "x");
    const path = join(file, "plan.xlsx");
    expect((await failure(assertFileAbsent(path))).userMessage).toBe(
      `Filen "${path}" kan inte läsas: en del av sökvägen är ingen mapp.`,
    );
  });
});

describe("assertFolderExists", () => {
  it("passes for an existing folder and refuses a missing one", async () => {
    await assertFolderExists(join(dir, "plan.xlsx"));
    expect((await failure(assertFolderExists(join(dir, "nej", "plan.xlsx")))).userMessage).toContain(
      "finns inte",
    );
  });
});
