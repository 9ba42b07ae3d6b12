import { describeWorkbookPortContract } from "../contract/workbook-port-contract";
import { describeWriteRowsContract } from "../contract/write-rows-contract";
import { excelFromExceljs } from "../office-host";
import { NULL_DERIVED_TODAY } from "./plan-excel";
import { officeWorkbookOn } from "./support";

describeWorkbookPortContract(
  "OfficeWorkbook over Microsoft's Excel client and the simulated Excel",
  async (fixture) => officeWorkbookOn(excelFromExceljs(fixture, NULL_DERIVED_TODAY)),
);

describeWriteRowsContract(
  "OfficeWorkbook over Microsoft's Excel client and the simulated Excel",
  async (fixture) => officeWorkbookOn(excelFromExceljs(fixture, NULL_DERIVED_TODAY)),
);
