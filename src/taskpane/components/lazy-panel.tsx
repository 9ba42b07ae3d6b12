/**
 * A part of the task pane loaded only when it is shown: its code (and what it imports) goes
 * into a chunk of its own, fetched with a dynamic `import()` the first time the part renders,
 * so the JavaScript the pane starts with stays small (`npm run bench`: taskpane_js_gzip_kb).
 *
 *   export const ReportPanel = lazyPanel(
 *     () => import("./report-panel").then((m) => m.ReportPanel),
 *     (messages) => messages.report.heading,
 *   );
 *
 * While the chunk loads, a small spinner stands in its place, labelled with the part's name.
 * Import the part only through its lazy wrapper (never statically), or webpack puts it back
 * into the start-up bundle. docs/architecture.md, "Start-up", says which parts are lazy.
 */
import { Suspense, lazy, type ComponentType } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Messages } from "../messages";
import { useMessages } from "../use-messages";

export function lazyPanel<P extends object>(
  load: () => Promise<ComponentType<P>>,
  label: (messages: Messages) => string,
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyPanel(props: P) {
    const messages = useMessages();
    return (
      <Suspense fallback={<Spinner size="tiny" label={label(messages)} />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyPanel;
}
