/**
 * "Skapa planmall": writes the empty plan tables into a workbook, refusing to touch a
 * workbook whose plan tables already hold data unless the user has agreed.
 */
import { locatePlanTables } from "./locate-tables";
import { planTemplate } from "./template";
import type { NewTable, WorkbookPort } from "./workbook-port";
import { PlanWriteRefused } from "./plan-errors";

/** Plan tables in the workbook that already hold data rows. */
export async function tablesWithData(port: WorkbookPort): Promise<string[]> {
  const located = locatePlanTables(await port.readSnapshot());
  return [...located.tables.values()].filter((t) => t.rows.length > 0).map((t) => t.def.name);
}

/**
 * Adds the plan's tables (the template, or an imported plan) on new sheets. Throws
 * `PlanWriteRefused` when plan tables already exist in the workbook.
 */
export async function createPlanTables(
  port: WorkbookPort,
  tables: readonly NewTable[] = planTemplate(),
): Promise<void> {
  const located = locatePlanTables(await port.readSnapshot());
  const existing = [...located.tables.values()].map((t) => t.def.name);
  if (existing.length > 0) {
    throw new PlanWriteRefused(
      `Arbetsboken har redan planens tabeller (${existing.join(", ")}). ` +
        `Öppna en tom arbetsbok för att skapa en ny plan, så skrivs inget över.`,
    );
  }
  await port.createTables(tables);
}
