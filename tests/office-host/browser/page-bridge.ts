/**
 * A page in Chromium talking to a simulated Excel in the test process. The page asks for
 * office.js from Microsoft's CDN as the production build does; it gets instead the pinned Excel
 * client library (unmodified) between a prelude that defines the native bridge and the Office
 * shim (shim-entry.ts, bundled for the browser with esbuild). The bridge sends each request
 * to the test process over a Playwright binding; the simulated Excel answers, and sends its
 * events, into the page's `onMessageFromHost`, one message after another.
 *
 * The simulated Excel stays in Node rather than being bundled into the page: it is the same
 * code the other tests run (it reads Microsoft's API version table from the client library
 * on disk), the test looks at its workbook directly, and every answer crosses a real
 * asynchronous boundary, as a native Excel's does.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { EXCEL_CLIENT_FILE } from "../client";
import type { HostEndpoint, SimulatedExcel } from "../simulated-excel";

/** Where the add-in's pages load office.js from (src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const BINDING = "__simulatedExcelReceive";
const HERE = dirname(fileURLToPath(import.meta.url));

let shim: Promise<string> | null = null;

function shimScript(): Promise<string> {
  shim ??= build({
    entryPoints: [join(HERE, "shim-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return shim;
}

/** office.js as the page gets it: the bridge, the unmodified client library, the shim. */
export async function officeJsStandIn(excel: SimulatedExcel): Promise<string> {
  const prelude =
    `window.__officeShimOptions = ${JSON.stringify(excel.officeOptions())};\n` +
    `window._richApiNativeBridge = { sendMessageToHost: function (text) { window.${BINDING}(text); } };\n`;
  return [prelude, readFileSync(EXCEL_CLIENT_FILE, "utf8"), await shimScript()].join("\n;\n");
}

export interface PageBridge {
  /** Deliveries into the page that failed (the page gone, a script error in it). */
  readonly failures: unknown[];
}

/** Connects `page` to `excel`; call before the page loads. */
export async function connectPage(page: Page, excel: SimulatedExcel): Promise<PageBridge> {
  const failures: unknown[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const endpoint: HostEndpoint = {
    deliver(message) {
      queue = queue
        .then(() =>
          page.evaluate((text) => {
            const bridge = (
              window as unknown as { _richApiNativeBridge: { onMessageFromHost(t: string): void } }
            )._richApiNativeBridge;
            bridge.onMessageFromHost(text);
          }, message),
        )
        .catch((error: unknown) => failures.push(error));
    },
    settled: () => queue.then(() => undefined),
  };
  excel.connect(endpoint);
  await page.exposeBinding(BINDING, (_source, text: string) => excel.receive(text, endpoint));
  const script = await officeJsStandIn(excel);
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script }),
  );
  return { failures };
}
