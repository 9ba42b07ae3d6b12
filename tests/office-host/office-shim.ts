/**
 * The part of the Office common API that lives in office.js's bootstrapper, not in the Excel
 * client library (excel-web-16.00.debug.js defines `Office` but leaves `Office.context` to
 * `OSF._OfficeAppFactory` and has no `Office.onReady`). Shimmed is exactly what the add-in
 * uses (src/taskpane/index.tsx) and what the client library asks itself:
 *
 * - `Office.onReady(callback)`: `{ host: "Excel", platform }`, to the callback and as a promise;
 * - `Office.HostType`, `Office.PlatformType`;
 * - `Office.context.document.url`;
 * - `Office.context.requirements.isSetSupported(name, version)`: the requirement sets this
 *   simulated Excel supports, ExcelApi among them. The client library checks it before every
 *   call above ExcelApi 1.1 and throws ApiNotFound (`OfficeExtension.Utility.throwIfApiNotSupported`),
 *   so the ExcelApi version set here is the one the add-in's calls meet.
 *
 * Anything else read from `Office.context` throws, naming it: the add-in reaching for more of
 * Office than this shim has is a test failure, not a silent undefined. `Office.auth` and
 * `Office.context.document.settings` are not used by the add-in and not shimmed.
 *
 * Runs in Node (tests/office-host/client.ts) and in the browser (bundled into the test
 * page's office.js by tests/office-host/browser/office-js-stand-in.ts); imports nothing.
 */

export interface OfficeShimOptions {
  /** Requirement sets and the highest version supported, e.g. `{ ExcelApi: "1.13" }`. */
  readonly requirementSets: Readonly<Record<string, string>>;
  /** `Office.context.document.url`: where the workbook is saved ("" when nowhere). */
  readonly documentUrl: string;
  /** `Office.context.platform` and `onReady`'s platform; Excel on the web by default. */
  readonly platform?: string;
}

export interface OfficeShim {
  /** Changes what the shim answers from now on (another simulated Excel). */
  configure(options: OfficeShimOptions): void;
}

interface OfficeNamespace {
  onReady?: unknown;
  HostType?: unknown;
  PlatformType?: unknown;
}

interface Globals {
  Office: OfficeNamespace;
  OSF: { _OfficeAppFactory?: unknown };
}

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

/** "1.13" > "1.9": versions compare by their numbers, part by part. */
export function versionAtLeast(supported: string, wanted: string): boolean {
  const a = supported.split(".").map(Number);
  const b = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** An object whose unknown properties throw: reading more of Office than is shimmed fails. */
function strict<T extends object>(path: string, object: T): T {
  return new Proxy(object, {
    get(target, property, receiver) {
      if (
        typeof property === "symbol" ||
        property in target ||
        property === "then" ||
        property === "toJSON"
      ) {
        return Reflect.get(target, property, receiver) as unknown;
      }
      throw new Error(`The Office shim of the simulated Excel has no ${path}.${property}.`);
    },
  });
}

export function installOfficeShim(globals: Globals, initial: OfficeShimOptions): OfficeShim {
  let options = initial;
  const platform = () => options.platform ?? PLATFORM_TYPE.OfficeOnline;
  const context = strict("Office.context", {
    get host() {
      return HOST_TYPE.Excel;
    },
    get platform() {
      return platform();
    },
    document: strict("Office.context.document", {
      get url() {
        return options.documentUrl;
      },
    }),
    requirements: strict("Office.context.requirements", {
      isSetSupported(name: string, version?: string | number): boolean {
        const key = Object.keys(options.requirementSets).find(
          (k) => k.toLowerCase() === String(name).toLowerCase(),
        );
        if (key === undefined) return false;
        const supported = options.requirementSets[key] ?? "0";
        return version === undefined || versionAtLeast(supported, String(version));
      },
    }),
  });
  globals.OSF._OfficeAppFactory = strict("OSF._OfficeAppFactory", { getContext: () => context });
  const office = globals.Office;
  office.HostType = HOST_TYPE;
  office.PlatformType = PLATFORM_TYPE;
  office.onReady = (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: HOST_TYPE.Excel, platform: platform() };
    return Promise.resolve(info).then(() => {
      callback?.(info);
      return info;
    });
  };
  return {
    configure(next) {
      options = next;
    },
  };
}
