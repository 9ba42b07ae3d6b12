import { describeWorkbookPortContract } from "../contract/workbook-port-contract";
import { fakeFromExceljs } from "../fake-excel";
import { officeWorkbookOn } from "./support";

describeWorkbookPortContract("OfficeWorkbook over the fake Excel", async (fixture) =>
  officeWorkbookOn(fakeFromExceljs(fixture)),
);
