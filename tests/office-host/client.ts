/**
 * Microsoft's Excel client library in this Node process, talking to simulated Excels.
 *
 * `excel-web-16.00.debug.js` from the pinned `@microsoft/office-js` runs unmodified in the
 * main realm (so `instanceof` and deep equality work across it and the tests), with the few
 * browser globals it needs at load borrowed from jsdom when the test environment has none.
 * Before it loads, `_richApiNativeBridge` is defined, the transport native Office hosts use
 * and the only one that carries events: the library installs `onMessageFromHost` on it and
 * `Excel.run` sends every request through `sendMessageToHost`. The library is loaded once
 * per process; the bridge routes each request to the simulated Excel it belongs to.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInThisContext } from "node:vm";
import { JSDOM } from "jsdom";
import { installOfficeShim, type OfficeShim } from "./office-shim";
import { PathType, type BridgeRequest, type RequestBody } from "./protocol";
import type { HostEndpoint, SimulatedExcel } from "./simulated-excel";

const require = createRequire(import.meta.url);

/** The client library the tests load, unmodified. */
export const EXCEL_CLIENT_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

/** Browser globals the library touches while it loads. */
const BORROWED = [
  "document",
  "location",
  "navigator",
  "localStorage",
  "sessionStorage",
  "XMLHttpRequest",
  "HTMLElement",
  "Node",
  "addEventListener",
  "removeEventListener",
  "postMessage",
  "screen",
  "history",
  "top",
  "parent",
  "frames",
] as const;

interface NativeBridge {
  sendMessageToHost(text: string): void;
  onMessageFromHost?: (text: string) => void;
}

/** Sends each request to its simulated Excel, and their answers back to the library. */
class Router implements HostEndpoint {
  private current: SimulatedExcel | null = null;
  /** Hosts by the prefix of their reference ids; a finished test's host may be collected. */
  private readonly byPrefix = new Map<string, WeakRef<SimulatedExcel>>();
  readonly bridge: NativeBridge = { sendMessageToHost: (text) => this.route(text) };

  attach(excel: SimulatedExcel): void {
    this.byPrefix.set(excel.referencePrefix, new WeakRef(excel));
    this.current = excel;
  }

  deliver(message: string): void {
    // The native bridge answers asynchronously, in order, one message a macrotask.
    setImmediate(() => this.bridge.onMessageFromHost?.(message));
  }

  settled(): Promise<void> {
    // After the deliveries queued so far, and the promise jobs each of them started.
    return new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * The host of a request: the one that handed out the references it uses (a clean-up after
   * an earlier test's `Excel.run` goes to that test's host), else the one last attached.
   */
  private route(text: string): void {
    const body = (JSON.parse(text) as BridgeRequest).message.body;
    const parsed = (typeof body === "string" ? JSON.parse(body) : body) as RequestBody;
    const prefixes = new Set(referencesOf(parsed).map((id) => id.slice(0, id.indexOf(":") + 1)));
    if (prefixes.size > 1) throw new Error("One request uses references of two simulated Excels.");
    const [prefix] = prefixes;
    const owner = prefix === undefined ? undefined : this.byPrefix.get(prefix)?.deref();
    if (prefix !== undefined && !owner) return; // a clean-up for a host no test holds any more
    const host = owner ?? this.current;
    if (!host) throw new Error("A request reached the simulated Excel's bridge with no Excel attached.");
    host.receive(text, this);
  }
}

function referencesOf(body: RequestBody): string[] {
  const ids = Object.values(body.ObjectPaths ?? {})
    .filter((p) => p.ObjectPathType === PathType.referenceId)
    .map((p) => p.Name);
  for (const action of body.Actions ?? []) {
    if (action.Name === "_RemoveReference") ids.push(String(action.ArgumentInfo?.Arguments?.[0] ?? ""));
  }
  return ids;
}

interface Loaded {
  readonly router: Router;
  readonly shim: OfficeShim;
}

let loaded: Loaded | null = null;

function borrowBrowserGlobals(): void {
  const globals = globalThis as Record<string, unknown>;
  if (globals.window === undefined) globals.window = globalThis;
  if (globals.self === undefined) globals.self = globalThis;
  if (BORROWED.every((name) => globals[name] !== undefined)) return;
  const { window } = new JSDOM("<!doctype html><html><body></body></html>", {
    url: "https://localhost/taskpane.html",
  });
  const source = window as unknown as Record<string, unknown>;
  for (const name of BORROWED) {
    if (globals[name] !== undefined) continue;
    const value = source[name];
    globals[name] = typeof value === "function" && /^[a-z]/.test(name) ? value.bind(window) : value;
  }
}

/** Loads the client library once, with the bridge and the Office shim. */
export function loadExcelClient(): Loaded {
  if (loaded) return loaded;
  borrowBrowserGlobals();
  const router = new Router();
  const globals = globalThis as Record<string, unknown>;
  globals._richApiNativeBridge = router.bridge;
  runInThisContext(readFileSync(EXCEL_CLIENT_FILE, "utf8"), { filename: EXCEL_CLIENT_FILE });
  const shim = installOfficeShim(globals as never, { requirementSets: {}, documentUrl: "" });
  loaded = { router, shim };
  return loaded;
}

function attach(excel: SimulatedExcel): void {
  const { router, shim } = loadExcelClient();
  router.attach(excel);
  shim.configure(excel.officeOptions());
}

export function runInExcel<T>(
  excel: SimulatedExcel,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  attach(excel);
  return Excel.run(batch);
}

export function runInContext<T>(
  excel: SimulatedExcel,
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  attach(excel);
  return Excel.run(context, batch);
}
