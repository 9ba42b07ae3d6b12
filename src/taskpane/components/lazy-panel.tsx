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
 * A chunk that cannot be loaded (the connection dropped) shows the pane's message for an
 * unexpected fault with "Försök igen", instead of taking the whole pane down. Import the part
 * only through its lazy wrapper (never statically), or webpack puts it back into the start-up
 * bundle. docs/architecture.md, "Start-up", says which parts are lazy.
 */
import { Component, Suspense, lazy, useState, type ComponentType, type ReactNode } from "react";
import { Button, Spinner, Text, makeStyles } from "@fluentui/react-components";
import type { Messages } from "../messages";
import { useMessages } from "../use-messages";

const useStyles = makeStyles({
  loading: { justifyContent: "flex-start", padding: "4px 0" },
  failed: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "4px" },
});

interface LoadFailureProps {
  readonly fallback: (retry: () => void) => ReactNode;
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** Catches the failed load of a part's chunk (React's error boundary). */
class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(() => {
          this.setState({ failed: false });
          this.props.onRetry();
        })
      : this.props.children;
  }
}

export function lazyPanel<P extends object>(
  load: () => Promise<ComponentType<P>>,
  label: (messages: Messages) => string,
): ComponentType<P> {
  const loader = () => lazy(async () => ({ default: await load() }));
  let Loaded = loader();
  function LazyPanel(props: P) {
    const messages = useMessages();
    const styles = useStyles();
    const [, setAttempt] = useState(0);
    return (
      <LoadFailure
        onRetry={() => {
          // React keeps a lazy component's failed load: a retry needs a new one.
          Loaded = loader();
          setAttempt((n) => n + 1);
        }}
        fallback={(retry) => (
          <div className={styles.failed} role="alert">
            <Text>{messages.errors.unexpected}</Text>
            <Button onClick={retry}>{messages.errors.retry}</Button>
          </div>
        )}
      >
        <Suspense fallback={<Spinner className={styles.loading} size="tiny" label={label(messages)} />}>
          <Loaded {...props} />
        </Suspense>
      </LoadFailure>
    );
  }
  return LazyPanel;
}
