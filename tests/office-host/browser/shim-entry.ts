/**
 * Runs in the test page right after Microsoft's Excel client library (see page-bridge.ts):
 * installs the Office shim with the options the test process put on the page.
 */
import { installOfficeShim, type OfficeShimOptions } from "../office-shim";

const page = window as unknown as {
  Office: { onReady?: unknown };
  OSF: { _OfficeAppFactory?: unknown };
  __officeShimOptions: OfficeShimOptions;
};
installOfficeShim(page, page.__officeShimOptions);
