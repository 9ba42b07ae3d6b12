/** ExceljsWorkbook.fromBuffer on files that are not workbooks: a WorkbookFileError each. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ExceljsWorkbook, WorkbookFileError } from "../../src/xlsx";
import { bytesOf, NOT_WORKBOOKS } from "../helpers/xlsx-fixtures";

async function failure(
  bytes: Uint8Array | Promise<Uint8Array>,
  name = "plan.xlsx",
): Promise<WorkbookFileError> {
  const error = await ExceljsWorkbook.fromBuffer(await bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  return error as WorkbookFileError;
}

async function validWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Blad1").getCell("A1").value = "Hej";
  return bytesOf(book);
}

describe("ExceljsWorkbook.fromBuffer", () => {
  it.each([
    ["an empty file", NOT_WORKBOOKS.empty(), ["tom", "0 byte"]],
    [
      "a legacy .xls",
      NOT_WORKBOOKS.legacyXls(),
      ["äldre formatet (.xls)", "spara om den som Excel-arbetsbok (.xlsx)"],
    ],
    ["an encrypted workbook", NOT_WORKBOOKS.encrypted(), ["lösenordsskyddad", "ta bort lösenordet"]],
    [
      "a .csv renamed .xlsx",
      NOT_WORKBOOKS.csv(),
      ["textfil", "CSV", "spara om den som Excel-arbetsbok (.xlsx)"],
    ],
    [
      "random bytes",
      NOT_WORKBOOKS.garbage(),
      ["ingen Excel-arbetsbok", "Spara om filen som Excel-arbetsbok"],
    ],
    ["a zip that is no workbook", NOT_WORKBOOKS.zip(), ["zip-arkiv men ingen Excel-arbetsbok"]],
    ["a Word document", NOT_WORKBOOKS.docx(), ["Word-dokument"]],
    ["an OpenDocument spreadsheet", NOT_WORKBOOKS.ods(), ["OpenDocument-kalkylark (.ods)", "spara om"]],
    ["a binary workbook", NOT_WORKBOOKS.xlsb(), ["binär Excel-arbetsbok (.xlsb)", "spara om"]],
  ] as const)("explains %s in Swedish", async (_, bytes, words) => {
    const error = await failure(bytes);
    expect(error.userMessage).toContain('"plan.xlsx"');
    for (const word of words) expect(error.userMessage).toContain(word);
  });

  it("explains a damaged workbook", async () => {
    const whole = await validWorkbook();
    const error = await failure(whole.slice(0, Math.floor(whole.length / 2)));
    expect(error.userMessage).toMatch(/^Arbetsboken "plan.xlsx" är skadad/);
    expect(error.cause).toBeDefined();
  });

  it("explains a zip holding a damaged workbook part", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await validWorkbook());
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet name=");
    const error = await failure(zip.generateAsync({ type: "uint8array" }));
    expect(error.userMessage).toContain("skadad");
  });

  it("opens a workbook with only an empty sheet", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Blad1");
    const port = await ExceljsWorkbook.fromBuffer(await bytesOf(book), "tom-bok.xlsx");
    expect((await port.readSnapshot()).sheets).toEqual([
      { name: "Blad1", visibility: "visible", tables: [], usedRange: null, merges: [] },
    ]);
  });

  it("accepts an ArrayBuffer", async () => {
    const bytes = await validWorkbook();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const port = await ExceljsWorkbook.fromBuffer(buffer, "bok.xlsx");
    expect((await port.readSnapshot()).sheets[0]?.usedRange?.rows).toEqual([["Hej"]]);
  });
});
