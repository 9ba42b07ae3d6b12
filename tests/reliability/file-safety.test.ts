/**
 * Writing a user's file in place, as one transaction (issue 15): a read-only file is
 * refused; the file keeps its permissions and owner; a symbolic link stays a link and the
 * file it points to is written; a file Excel or LibreOffice has open (their lock file is
 * beside it) is refused with a way forward; a file someone else saved meanwhile is not
 * overwritten; a second writer stops; temporary files left by a killed save are cleaned up.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorkbookFile, saveWorkbookFile, WorkbookFileError } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { runsWhen } from "../helpers/external-tools";
import { rawPlanWorkbook } from "../helpers/raw-plan";
import { cli } from "./support";

const FORBERED = ["--period", "T2", "--ar", "2026"];
const isRoot = runsWhen(
  process.getuid?.() === 0,
  "testet av filens ägare och grupp",
  "det körs inte som root (bara root kan ge bort en fil till en annan ägare)",
);
let dir = "";
let original: Uint8Array = new Uint8Array();

beforeAll(async () => {
  dir = makeTempDir("atgardsplan-filskydd-");
  original = await rawPlanWorkbook();
});
afterAll(() => removeTempDir(dir));

let count = 0;
/** A fresh folder holding the plan as plan.xlsx. */
function planFile(): { folder: string; path: string } {
  const folder = join(dir, `f${++count}`);
  mkdirSync(folder);
  const path = join(folder, "plan.xlsx");
  writeFileSync(path, original);
  return { folder, path };
}

function unchanged(path: string): boolean {
  return readFileSync(path).equals(Buffer.from(original));
}

describe("permissions", () => {
  it("refuses a read-only file, leaving it as it was", async () => {
    const { path } = planFile();
    chmodSync(path, 0o444);
    const result = await cli(["forbered", path, ...FORBERED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Filen "${path}" är skrivskyddad och lämnades orörd.`);
    expect(unchanged(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it("keeps a private file private (0600)", async () => {
    const { path } = planFile();
    chmodSync(path, 0o600);
    expect((await cli(["forbered", path, ...FORBERED])).status).toBe(0);
    expect(unchanged(path)).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it.skipIf(!isRoot)(
    "keeps the file's owner and group (run as root, which can give a file away)",
    async () => {
      const { path } = planFile();
      chownSync(path, 1234, 5678);
      expect((await cli(["forbered", path, ...FORBERED])).status).toBe(0);
      expect(unchanged(path)).toBe(false);
      expect([statSync(path).uid, statSync(path).gid]).toEqual([1234, 5678]);
    },
  );
});

describe("a symbolic link", () => {
  it("stays a link; the file it points to is written, and the command says so", async () => {
    const { folder, path } = planFile();
    const link = join(folder, "länk.xlsx");
    symlinkSync(path, link);
    const result = await cli(["forbered", link, ...FORBERED]);
    expect(result.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path);
    expect(unchanged(path)).toBe(false);
    expect(result.stderr).toContain(
      `Obs: ${link} är en länk. Filen den pekar på, ${path}, skrevs; länken är kvar.`,
    );
  });
});

describe("a file open in Excel or LibreOffice", () => {
  it("is not written while Excel's lock file is beside it; rapport suggests -o", async () => {
    const { folder, path } = planFile();
    writeFileSync(join(folder, "~$plan.xlsx"), "Kim");
    for (const args of [
      ["forbered", path, ...FORBERED],
      ["rapport", path, "--period", "T1", "--ar", "2026"],
    ]) {
      const result = await cli(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`Filen "${path}" är öppen i Excel och lämnades orörd`);
      expect(result.stderr).toContain("Stäng filen och försök igen");
      if (args[0] === "rapport") expect(result.stderr).toContain("eller skriv till en kopia med -o UT.xlsx");
      expect(unchanged(path)).toBe(true);
    }
    const copy = join(folder, "kopia.xlsx");
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026", "-o", copy])).status).toBe(0);
    expect(unchanged(path)).toBe(true);
  });

  it("is not written while LibreOffice's lock file is beside it, naming who has it open", async () => {
    const { folder, path } = planFile();
    writeFileSync(
      join(folder, ".~lock.plan.xlsx#"),
      `,Kim Andersson,arbetsdator,06.12.2026 10:00,file:///home/kim/.config/libreoffice/4;`,
    );
    const result = await cli(["koppla", path, "--ja"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("är öppen i LibreOffice (av Kim Andersson) och lämnades orörd");
    expect(result.stderr).toContain(".~lock.plan.xlsx#");
    expect(unchanged(path)).toBe(true);
  });
});

describe("two writers", () => {
  it("does not overwrite what someone else saved after the workbook was read", async () => {
    const { path } = planFile();
    const book = await openWorkbookFile(path);
    await book.appendRows(
      {
        table: "Uppfoljning",
        sheet: "Uppföljning",
        excelTable: "Uppfoljning",
        top: 1,
        left: 1,
        rowCount: 2,
        headers: [],
      },
      [["1.1", 2026, "T2"]],
    );
    const theirs = await rawPlanWorkbook({ Uppfoljning: { rows: [] } });
    writeFileSync(path, theirs);
    const error = await saveWorkbookFile(book, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).userMessage).toContain(
      "ändrades av någon annan medan atgardsplan arbetade",
    );
    expect(readFileSync(path).equals(Buffer.from(theirs))).toBe(true);
  });

  it("stops while another run holds the write lock, and takes over a lock its owner left behind", async () => {
    const { folder, path } = planFile();
    const lock = join(folder, ".plan.xlsx.atgardsplan-lock");
    writeFileSync(lock, `${process.pid}\n${hostname()}\n`);
    const held = await cli(["forbered", path, ...FORBERED]);
    expect(held.status).toBe(2);
    expect(held.stderr).toContain("En annan körning av atgardsplan skriver i");
    expect(unchanged(path)).toBe(true);
    // A process that has ended left the lock: the next run removes it and writes.
    const gone = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    writeFileSync(lock, `${gone}\n${hostname()}\n`);
    expect((await cli(["forbered", path, ...FORBERED])).status).toBe(0);
    expect(unchanged(path)).toBe(false);
    expect(readdirSync(folder)).toEqual(["plan.xlsx"]);
  });
});

describe("temporary files of a killed save", () => {
  it("are removed by the next save when they are old; fresh ones and other files stay", async () => {
    const { folder, path } = planFile();
    const old = join(folder, ".plan.xlsx.4242-0a1b2c3d.tmp");
    const fresh = join(folder, ".plan.xlsx.4243-0a1b2c3e.tmp");
    const other = join(folder, ".annan.xlsx.4242-0a1b2c3d.tmp");
    for (const file of [old, fresh, other]) writeFileSync(file, "halvskriven");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    expect((await cli(["forbered", path, ...FORBERED])).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      ".annan.xlsx.4242-0a1b2c3d.tmp",
      ".plan.xlsx.4243-0a1b2c3e.tmp",
      "plan.xlsx",
    ]);
  });
});
