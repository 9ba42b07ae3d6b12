import { describeWorkbookPortContract } from "../contract/workbook-port-contract";
import { describeWriteRowsContract } from "../contract/write-rows-contract";
import { excelFromExceljs } from "../office-host";
import { officeWorkbookOn } from "./support";

describeWorkbookPortContract(
  "OfficeWorkbook over Microsoft's Excel client and the simulated Excel",
  async (fixture) => officeWorkbookOn(excelFromExceljs(fixture)),
);

describeWriteRowsContract(
  "OfficeWorkbook over Microsoft's Excel client and the simulated Excel",
  async (fixture) => officeWorkbookOn(excelFromExceljs(fixture)),
);
