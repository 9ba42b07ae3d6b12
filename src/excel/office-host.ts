/**
 * The workbook host over Office.js: moves the user's selection to a finding's cell, shows a
 * sheet, and tells the task pane when the user or a co-author changes the plan's tables
 * (`worksheets.onChanged`, ExcelApi 1.9; the caller debounces). Changes the add-in made
 * itself, and changes that touch no plan table, are not passed on (workbook-watch.ts).
 */
import { sheetOfReference, type WorkbookHost } from "../plan";
import { toExcelError } from "./excel-error";
import { DEFAULT_SYNC_TIMEOUT_MS, settleWithin, type RunBatch } from "./sync";
import { WorkbookWatch } from "./workbook-watch";

/** `Excel.run(context, batch)`: a batch in an existing context (to remove an event handler). */
export type RunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface OfficeHostOptions {
  readonly run: RunBatch;
  readonly runIn: RunInContext;
  readonly syncTimeoutMs?: number;
  /** Shared with the OfficeWorkbook that writes and reads (connectToExcel gives both one). */
  readonly watch?: WorkbookWatch;
}

export class OfficeHost implements WorkbookHost {
  private readonly timeoutMs: number;
  private readonly watch: WorkbookWatch;

  constructor(private readonly options: OfficeHostOptions) {
    this.timeoutMs = options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
    this.watch = options.watch ?? new WorkbookWatch(options.run, this.timeoutMs);
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
    const { watch } = this;
    await this.batch("följa ändringar i arbetsboken", async (context) => {
      registration = context.workbook.worksheets.onChanged.add(async (event) => {
        if (!watch.isOwn(event) && watch.touchesPlan(event)) handler();
      });
      await settleWithin(context.sync(), this.timeoutMs);
    });
    watch.listen();
    return async () => {
      const added = registration;
      if (!added) return;
      registration = undefined;
      watch.stopListening();
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
