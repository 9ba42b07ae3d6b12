/**
 * The use case "Skapa tertialrapport": reads the plan through the workbook port, builds the
 * report for a period and year and writes it as one sheet (or, for the Word document, only
 * builds it). Shared by the CLI and the add-in.
 */
import type { Period } from "../contract";
import { locatePlanTables } from "../locate-tables";
import { assertPlanStructure, resolvePlanYear } from "../plan-structure";
import { readPlanData } from "../read-plan";
import type { OwnSheetPolicy, WorkbookPort, WriteSheetResult } from "../workbook-port";
import { layoutTertialReport } from "./report-layout";
import { buildTertialReport } from "./report-model";
import type { TertialReport } from "./report-types";

export interface CreateReportRequest {
  readonly period: Period;
  /** The report year; defaults to the Plan table's År. */
  readonly year?: number;
  /** Today as `YYYY-MM-DD`, shown as "Skapad" in the title; omitted when absent. */
  readonly createdOn?: string;
}

export interface CreateReportResult extends WriteSheetResult {
  readonly report: TertialReport;
}

/** The tables a report cannot do without (the contract's required tables). */
const REPORT_TABLES = ["Omraden", "Aktiviteter", "Deltagare", "Uppfoljning"] as const;

/**
 * The report for the request, read from the plan without writing anything (for the Word
 * document). Throws `PlanStructureError` when a required table or column is missing or no
 * year can be found; ordinary findings never stop the report.
 */
export async function readTertialReport(
  port: WorkbookPort,
  request: CreateReportRequest,
): Promise<TertialReport> {
  const located = locatePlanTables(await port.readSnapshot());
  assertPlanStructure(located, REPORT_TABLES, "skapa rapporten");
  const plan = readPlanData(located);
  const year = resolvePlanYear(request.year, plan.info?.year ?? null);
  return buildTertialReport(plan, request.period, year, request);
}

/** Writes the report sheet. Throws what `readTertialReport` throws. */
export async function createTertialReport(
  port: WorkbookPort,
  request: CreateReportRequest,
  policy: OwnSheetPolicy,
): Promise<CreateReportResult> {
  const report = await readTertialReport(port, request);
  const written = await port.writeSheet(layoutTertialReport(report), policy);
  return { ...written, report };
}
