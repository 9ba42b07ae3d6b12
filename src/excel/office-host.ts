/**
 * The workbook host over Office.js: moves the user's selection to a finding's cell, shows a
 * sheet, and tells the task pane when the user edits the workbook (`worksheets.onChanged`,
 * ExcelApi 1.9; the caller debounces). Excel fires that event for the add-in's own writes
 * too (a report sheet, follow-up rows); from ExcelApi 1.14 it says so
 * (`triggerSource: "ThisLocalAddin"`) and those are not passed on. An older Excel does not
 * tell them apart, and the task pane then validates once more after its own writes.
 */
import { sheetOfReference, type WorkbookHost } from "../plan";
import { toExcelError } from "./excel-error";
import { DEFAULT_SYNC_TIMEOUT_MS, settleWithin, type RunBatch } from "./sync";

/** `Excel.run(context, batch)`: a batch in an existing context (to remove an event handler). */
export type RunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface OfficeHostOptions {
  readonly run: RunBatch;
  readonly runIn: RunInContext;
  readonly syncTimeoutMs?: number;
}

export class OfficeHost implements WorkbookHost {
  private readonly timeoutMs: number;

  constructor(private readonly options: OfficeHostOptions) {
    this.timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  }

  private async batch(action: string, work: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
    try {
      await this.options.run(work);
    } catch (error) {
      throw toExcelError(error, action);
    }
  }

  selectAddress(address: string): Promise<void> {
    const sheet = sheetOfReference(address);
    const cell = address.slice(address.lastIndexOf("!") + 1);
    return this.batch(`gå till ${address}`, async (context) => {
      const worksheet =
        sheet === null
          ? context.workbook.worksheets.getActiveWorksheet()
          : context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await settleWithin(context.sync(), this.timeoutMs);
    });
  }

  activateSheet(name: string): Promise<void> {
    return this.batch(`visa bladet "${name}"`, async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await settleWithin(context.sync(), this.timeoutMs);
    });
  }

  async onTablesChanged(handler: () => void): Promise<() => Promise<void>> {
    let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await this.batch("följa ändringar i arbetsboken", async (context) => {
      registration = context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource !== "ThisLocalAddin") handler();
      });
      await settleWithin(context.sync(), this.timeoutMs);
    });
    return async () => {
      const added = registration;
      if (!added) return;
      registration = undefined;
      try {
        await this.options.runIn(added.context, async (context) => {
          added.remove();
          await settleWithin(context.sync(), this.timeoutMs);
        });
      } catch (error) {
        throw toExcelError(error, "sluta följa ändringar");
      }
    };
  }
}
