/**
 * errorCode (read-workbook-file.ts), which picks the message a failed read or save gets: a
 * thrown value is anything JavaScript can throw, and only a string `code` is an error code.
 */
import { describe, expect, it } from "vitest";
import { errorCode } from "../../../src/xlsx/read-workbook-file";

describe("errorCode", () => {
  it("gives the code of a file system error and nothing for any other thrown value", () => {
    const cases: [unknown, string | undefined][] = [
      [Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" }), "ENOENT"],
      [{ code: "EACCES" }, "EACCES"],
      [{ code: 13 }, undefined],
      [{}, undefined],
      [new Error("ingen kod"), undefined],
      [null, undefined],
      [undefined, undefined],
      ["ENOENT", undefined],
      [13, undefined],
    ];
    expect(cases.map(([error]) => errorCode(error))).toEqual(cases.map(([, code]) => code));
  });
});
