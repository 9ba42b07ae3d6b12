/**
 * The SharePoint part, loaded on first render as a chunk of its own (with @pnp/sp), so the
 * JavaScript the pane starts with stays small. Shown only when the host gives a connection.
 */
import { Suspense, lazy } from "react";
import { Spinner } from "@fluentui/react-components";
import type { SharePointConnection } from "../sharepoint/connection";
import { useMessages } from "../use-messages";

const SharePointPanel = lazy(async () => ({
  default: (await import("./sharepoint-panel")).SharePointPanel,
}));

export function SharePointPart(props: { connection: SharePointConnection }) {
  const messages = useMessages();
  return (
    <Suspense fallback={<Spinner size="tiny" label={messages.sharePoint.locating} />}>
      <SharePointPanel connection={props.connection} />
    </Suspense>
  );
}
