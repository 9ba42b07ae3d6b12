import { ExceljsWorkbook } from "../../src/xlsx";
import { describeWorkbookPortContract } from "../contract/workbook-port-contract";
import { describeWriteRowsContract } from "../contract/write-rows-contract";
import { asExcelWritesTables, bytesOf } from "../helpers/xlsx-fixtures";

describeWorkbookPortContract("ExceljsWorkbook, from a saved file", async (fixture) =>
  ExceljsWorkbook.fromBuffer(await bytesOf(fixture), "fixture.xlsx"),
);

describeWorkbookPortContract("ExceljsWorkbook, tables saved the way Excel writes them", async (fixture) =>
  ExceljsWorkbook.fromBuffer(await asExcelWritesTables(await bytesOf(fixture)), "fixture.xlsx"),
);

describeWriteRowsContract("ExceljsWorkbook, from a saved file", async (fixture) =>
  ExceljsWorkbook.fromBuffer(await bytesOf(fixture), "fixture.xlsx"),
);

describeWriteRowsContract("ExceljsWorkbook, tables saved the way Excel writes them", async (fixture) =>
  ExceljsWorkbook.fromBuffer(await asExcelWritesTables(await bytesOf(fixture)), "fixture.xlsx"),
);
