/**
 * The checks that need no sheet: the requirement sets Excel supports, its date system, and
 * what it answers for null objects (`…OrNullObject`, documented) and for an object derived
 * from one (not documented: the add-in never asks, and the check only reports the answer).
 */
import { REQUIRED_EXCEL_API } from "../excel-api";
import { settleWithin } from "../sync";
import type { SelfCheckEnvironment } from "./environment";
import { check, describeError, failedCheck, type CheckResult } from "./types";

/** The ExcelApi versions the check asks about, oldest first. */
const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

export function checkExcelApi(env: SelfCheckEnvironment): CheckResult {
  const title = `ExcelApi ${REQUIRED_EXCEL_API} (Excel-funktioner som tillägget använder)`;
  try {
    const supported = EXCEL_API_VERSIONS.filter((v) => env.isSetSupported("ExcelApi", v));
    const highest = supported.at(-1);
    const ok = env.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
    return check(
      "excel-api",
      title,
      ok,
      highest === undefined ? "Excel anger inget stöd för ExcelApi." : `Excel har ExcelApi ${highest}.`,
    );
  } catch (error) {
    return failedCheck("excel-api", title, error);
  }
}

export function checkNestedAppAuth(env: SelfCheckEnvironment): CheckResult {
  const title = "NestedAppAuth 1.1 (inloggning till SharePoint i Excel)";
  try {
    const ok = env.isSetSupported("NestedAppAuth", "1.1");
    return check(
      "nested-app-auth",
      title,
      ok,
      ok ? "Stöds." : "Stöds inte: SharePoint-delen kan inte logga in i den här Excel-versionen.",
    );
  } catch (error) {
    return failedCheck("nested-app-auth", title, error);
  }
}

const timeoutOf = (env: SelfCheckEnvironment) => env.syncTimeoutMs ?? 30_000;

export async function checkDateSystem(env: SelfCheckEnvironment): Promise<CheckResult> {
  const title = "Datumsystem";
  try {
    const epoch = await env.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1).load("value");
      await settleWithin(context.sync(), timeoutOf(env));
      return result.value;
    });
    const seen =
      epoch === 0
        ? "1904 (DATUM(1904;1;1) = 0): datum räknas från 1904, och tillägget läser dem så."
        : `1900 (DATUM(1904;1;1) = ${epoch}).`;
    return check("date-system", title, epoch === 0 || epoch === 1462, seen);
  } catch (error) {
    return failedCheck("date-system", title, error);
  }
}

export async function checkNullObjects(env: SelfCheckEnvironment, missing: string): Promise<CheckResult> {
  const title = "Nollobjekt (…OrNullObject)";
  try {
    const isNull = await env.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(missing);
      sheet.delete(); // documented to do nothing on a null object
      await settleWithin(context.sync(), timeoutOf(env));
      return sheet.isNullObject;
    });
    const derived = await env
      .run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject(missing).getRange("A1").load("address");
        await settleWithin(context.sync(), timeoutOf(env));
        return range.isNullObject ? "ett nollobjekt" : `ett område (${range.address})`;
      })
      .catch((error: unknown) => `ett fel, ${describeError(error)}`);
    const seen =
      `Ett blad som saknas gav ${isNull ? "ett nollobjekt" : "inget nollobjekt"}, och delete() på det gick bra. ` +
      `Ett område ur det gav ${derived}; tillägget frågar aldrig så.`;
    return check("null-objects", title, isNull, seen);
  } catch (error) {
    return failedCheck("null-objects", title, error);
  }
}
