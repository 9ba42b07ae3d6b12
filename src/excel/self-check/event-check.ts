/**
 * The change event for the add-in's own write: Excel fires `worksheets.onChanged` for it too;
 * from ExcelApi 1.14 it says so (`triggerSource`), before it does not, and the add-in then
 * knows its own changes by tracking its writes (workbook-watch.ts). The check writes a cell
 * of the scratch sheet as the add-in writes, waits for Excel's event, and reports what the
 * event said and whether the add-in took it for its own.
 */
import { settleWithin } from "../sync";
import type { SelfCheckEnvironment } from "./environment";
import { check, failedCheck, type CheckResult } from "./types";

interface Seen {
  readonly source: string;
  readonly triggerSource: string | undefined;
  readonly own: boolean;
}

export async function checkOwnChangeEvent(
  env: SelfCheckEnvironment,
  scratch: string,
  scratchId: string,
): Promise<CheckResult> {
  const title = "Ändringshändelse för tilläggets egen skrivning";
  const timeoutMs = env.syncTimeoutMs ?? 30_000;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  let resolve: (seen: Seen) => void = () => undefined;
  const arrived = new Promise<Seen>((done) => (resolve = done));
  try {
    await env.run(async (context) => {
      registration = context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.worksheetId !== scratchId) return;
        resolve({ source: event.source, triggerSource: event.triggerSource, own: env.watch.isOwn(event) });
      });
      await settleWithin(context.sync(), timeoutMs);
    });
    env.watch.listen();
    try {
      await env.watch.writing(() =>
        env.run(async (context) => {
          context.workbook.worksheets.getItem(scratch).getRange("C1").values = [["tillägget skrev"]];
          await settleWithin(context.sync(), timeoutMs);
        }),
      );
      const waited = env.eventTimeoutMs ?? 10_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const seen = await Promise.race([
        arrived,
        new Promise<null>((done) => (timer = setTimeout(() => done(null), waited))),
      ]).finally(() => clearTimeout(timer));
      if (seen === null) {
        return check("own-change-event", title, false, `Ingen händelse inom ${Math.round(waited / 1000)} s.`);
      }
      const trigger =
        seen.triggerSource === undefined
          ? "triggerSource saknas (före ExcelApi 1.14)"
          : `triggerSource ${seen.triggerSource}`;
      return check(
        "own-change-event",
        title,
        seen.own,
        `Händelse med source ${seen.source}, ${trigger}; ${seen.own ? "tillägget kände igen den som sin egen" : "tillägget tog den för någon annans"}.`,
      );
    } finally {
      env.watch.stopListening();
    }
  } catch (error) {
    return failedCheck("own-change-event", title, error);
  } finally {
    const added = registration;
    if (added) {
      await env
        .runIn(added.context, async (context) => {
          added.remove();
          await settleWithin(context.sync(), timeoutMs);
        })
        .catch(() => undefined);
    }
  }
}
