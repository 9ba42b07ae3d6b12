/**
 * LibreOffice, a reader independent of exceljs and of this adapter, opens a workbook that
 * `rapport` wrote into and finds the user's chart and defined names in it (it re-saves the
 * file, so what it wrote is what it understood). Needs soffice; `.ci/run` installs it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { convertWithLibreOffice, hasSoffice } from "../helpers/libreoffice";
import { USER_SHEET, userContentWorkbook } from "../helpers/user-content";
import { definedNames, drawingOf, packageOf } from "./package-view";
import { cli } from "./support";

const hasLibreOffice = hasSoffice("LibreOffice-testet av användarens innehåll efter rapport");
let dir = "";
beforeAll(() => {
  dir = makeTempDir("atgardsplan-lo-behall-");
});
afterAll(() => removeTempDir(dir));

describe.skipIf(!hasLibreOffice)("the user's content after rapport, read by LibreOffice", () => {
  it("has the chart and the names that are a formula, a constant and sheet-scoped", async () => {
    const path = join(dir, "plan.xlsx");
    writeFileSync(path, await userContentWorkbook());
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    const out = join(dir, "ut");
    convertWithLibreOffice([path], "xlsx", out, dir);
    const zip = await packageOf(readFileSync(join(out, "plan.xlsx")));
    const chart = await drawingOf(zip, "Diagram");
    expect(chart.charts).toHaveLength(1);
    expect(chart.charts[0]).toContain(`${USER_SHEET}!$B$2:$B$4`);
    const names = (await definedNames(zip)).map(({ name, sheet, value }) => ({ name, sheet, value }));
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "Moms", sheet: null, value: "0.25" },
        { name: "Summa_brott", sheet: null, value: `SUM(${USER_SHEET}!$B$2:$B$4)` },
        { name: "Urval", sheet: USER_SHEET, value: `${USER_SHEET}!$A$2:$A$4` },
      ]),
    );
  }, 180_000);
});
