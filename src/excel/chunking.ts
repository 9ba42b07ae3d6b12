/**
 * Keeping each request under Excel on the web's 5 MB payload limit: estimates what an action
 * adds to the request's JSON and syncs early when the next action would not fit, and splits
 * large 2D writes into row blocks that fit.
 */
import type { Session } from "./sync";

/** Excel on the web's limit for one request or response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The share of the limit a batch may use: the estimate leaves room for object paths and ids. */
const BUDGET_SHARE = 0.8;
/**
 * What one action or object path costs in the request besides its arguments: count each
 * proxy and each set or call once, e.g. `getRange(a).format.wrapText = true` is 3. Measured
 * on Microsoft's client library (1.1.110): a proxy is an object path and an "instantiate"
 * action, ~120–150 bytes; a set or call ~80–100; and every Range or RangeAreas costs ~130
 * more, because `Excel.run` keeps a reference to each (`_KeepReference` and a second
 * instantiate). 200 covers all three, since a range never comes without a set or call.
 */
export const ACTION_BYTES = 200;

/**
 * What the client adds per cell and property to a 2-D write of more than 1,500 cells: it
 * cuts such a write into blocks of 1,500 cells, each block ~800 bytes of object paths and
 * actions (`setRangePropertiesInBulk` in the client library).
 */
export const BULK_BYTES_PER_CELL = 0.6;

/** UTF-8 length of a string. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The bytes `value` adds to a request as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** Row blocks `[start, end)` of `count` rows, each under `maxBytes` (one row at least). */
export function splitRows(
  count: number,
  rowBytes: (row: number) => number,
  maxBytes: number,
): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < count; i++) {
    const bytes = rowBytes(i);
    if (i > start && size + bytes > maxBytes) {
      blocks.push([start, i]);
      start = i;
      size = 0;
    }
    size += bytes;
  }
  if (count > start) blocks.push([start, count]);
  return blocks;
}

export interface BatchBudgetOptions {
  /**
   * Bytes every batch keeps free for `addReserved`: actions that must share the request of the
   * last `add`s (a report's finishing actions) rather than cost a sync of their own.
   */
  readonly reserve?: number;
  /** Runs after each sync, once its answer is back; what it throws stops the queuing. */
  readonly afterSync?: () => void;
}

/**
 * Queues actions, syncing first whenever the next one would take the batch over budget.
 * Call `add` for each action (with what it costs), then `flush()` once at the end.
 */
export class BatchBudget {
  private used = 0;
  private done = 0;
  private readonly reserve: number;
  readonly limit: number;

  constructor(
    private readonly session: Session,
    private readonly options: BatchBudgetOptions = {},
  ) {
    this.reserve = options.reserve ?? 0;
    this.limit = Math.floor(session.payloadLimit * BUDGET_SHARE) - this.reserve;
  }

  /** The most one 2D write should carry so that it fits with room to spare. */
  get blockBytes(): number {
    return Math.floor(this.limit / 2);
  }

  /** The workbook's date system (Session.date1904), for the dates a batch writes. */
  get date1904(): boolean {
    return this.session.date1904;
  }

  /** Syncs that have answered. */
  get syncs(): number {
    return this.done;
  }

  add(bytes: number, queue: () => void): Promise<void> {
    return this.addWithin(this.limit, bytes, queue);
  }

  /** As `add`, but may use the reserve: syncs first only when even that would not fit. */
  addReserved(bytes: number, queue: () => void): Promise<void> {
    return this.addWithin(this.limit + this.reserve, bytes, queue);
  }

  private async addWithin(limit: number, bytes: number, queue: () => void): Promise<void> {
    if (this.used > 0 && this.used + bytes > limit) await this.flush();
    queue();
    this.used += bytes;
  }

  /** Sends what is queued (nothing when empty). */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    const { context } = this.session;
    await this.session.settle(context.sync());
    this.done++;
    this.options.afterSync?.();
  }
}
