/**
 * `Excel.Functions` (`workbook.functions`, ExcelApi 1.2): worksheet functions evaluated by
 * Excel without writing a cell. Modelled is what the add-in asks: `DATE(year, month, day)`,
 * whose serial number depends on the workbook's date system ("year: a number from 1900 or
 * 1904 (depending on the workbook's date system) to 9999", Excel.Functions reference), so
 * `DATE(1904, 1, 1)` is 0 in a 1904 workbook and 1462 in a 1900 one.
 */
import { hostNode, readOnly, type HostType } from "../host-types";
import { isoToSerial } from "../workbook/cells";
import type { BookModel } from "../workbook/model";
import { numberArg } from "./args";

interface FunctionResultModel {
  readonly value: number | string;
  readonly error: string | null;
}

const FUNCTION_RESULT: HostType<FunctionResultModel> = {
  name: "FunctionResult",
  scalars: {
    Value: readOnly((result) => result.value),
    Error: readOnly((result) => result.error),
  },
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export const FUNCTIONS: HostType<BookModel> = {
  name: "Functions",
  methods: {
    Date: (book, args) => {
      const [year, month, day] = [0, 1, 2].map((i) => numberArg(args, i, "Functions.date"));
      const serial = isoToSerial(`${pad(year!, 4)}-${pad(month!, 2)}-${pad(day!, 2)}`, book.date1904);
      return hostNode(
        FUNCTION_RESULT,
        serial === null ? { value: "#NUM!", error: "#NUM!" } : { value: serial, error: null },
      );
    },
  },
};
