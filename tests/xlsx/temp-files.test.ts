/**
 * The temporary files of a save (temp-files.ts): each save's own name beside the workbook,
 * and the clean-up of those a killed save left behind: only this workbook's, only old ones.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStaleTemps, STALE_TEMP_MS, tempPathFor } from "../../src/xlsx/temp-files";

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-tmp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A whole millisecond, so that "as old as" is exact. */
const WRITTEN = new Date("2026-05-15T08:00:00Z");

let count = 0;
function folder(): string {
  const path = join(dir, `f${++count}`);
  mkdirSync(path);
  return path;
}

describe("tempPathFor", () => {
  it("names a new hidden file beside the workbook for each save, one the clean-up knows as the workbook's", async () => {
    const where = folder();
    const target = join(where, "plan.xlsx");
    const first = tempPathFor(target);
    const second = tempPathFor(target);
    expect(first).not.toBe(second);
    expect(dirname(first)).toBe(where);
    expect(basename(first)).toMatch(new RegExp(`^\\.plan\\.xlsx\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    writeFileSync(first, "halvskriven");
    utimesSync(first, WRITTEN, WRITTEN);
    expect(await removeStaleTemps(target, WRITTEN.getTime() + STALE_TEMP_MS)).toEqual([basename(first)]);
    expect(readdirSync(where)).toEqual([]);
  });
});

describe("removeStaleTemps", () => {
  it("removes this workbook's temporary files from the moment they are as old as any save takes, and names them", async () => {
    const where = folder();
    const target = join(where, "plan.xlsx");
    const names = [".plan.xlsx.4242-0a1b2c3d.tmp", ".annan.xlsx.4242-0a1b2c3d.tmp", "plan.xlsx"];
    for (const name of names) {
      writeFileSync(join(where, name), "x");
      utimesSync(join(where, name), WRITTEN, WRITTEN);
    }
    const written = WRITTEN.getTime();
    expect(await removeStaleTemps(target, written + STALE_TEMP_MS - 1)).toEqual([]);
    expect(readdirSync(where).sort()).toEqual(names.slice().sort());
    expect(await removeStaleTemps(target, written + STALE_TEMP_MS)).toEqual([".plan.xlsx.4242-0a1b2c3d.tmp"]);
    expect(readdirSync(where).sort()).toEqual([".annan.xlsx.4242-0a1b2c3d.tmp", "plan.xlsx"]);
  });

  it("finds nothing to remove in a folder that is not there", async () => {
    expect(await removeStaleTemps(join(dir, "saknas", "plan.xlsx"))).toEqual([]);
  });
});
