/**
 * The SharePoint part of the pane: where the workbook is (site, library, folder, file, who
 * saved it last) and "Publicera rapport". A workbook that is not in SharePoint gets one
 * sentence saying why instead; a fault its message and "Försök igen", or "Logga in" when the
 * user must sign in (the only place a sign-in popup opens, from that click).
 */
import { Button, Spinner, Text } from "@fluentui/react-components";
import type { SharePointConnection } from "../sharepoint/connection";
import { useWorkbookLocation } from "../sharepoint/use-workbook-location";
import { useMessages } from "../use-messages";
import { Panel } from "./panel";
import { SharePointLocation } from "./sharepoint-location";
import { SharePointPublish } from "./sharepoint-publish";

export function SharePointPanel(props: { connection: SharePointConnection }) {
  const messages = useMessages();
  const { connection } = props;
  const { state, retry, signIn } = useWorkbookLocation(connection);
  return (
    <Panel title={messages.sharePoint.heading}>
      {state.kind === "not-sharepoint" && <Text>{state.reason}</Text>}
      {state.kind === "locating" && <Spinner size="tiny" label={messages.sharePoint.locating} />}
      {state.kind === "failed" && (
        <>
          <Text>{state.message}</Text>
          <div>
            {state.signIn ? (
              <Button appearance="primary" onClick={signIn}>
                {messages.sharePoint.signIn}
              </Button>
            ) : (
              <Button onClick={retry}>{messages.sharePoint.retry}</Button>
            )}
          </div>
        </>
      )}
      {state.kind === "located" && (
        <>
          <SharePointLocation location={state.location} />
          <SharePointPublish connection={connection} location={state.location} />
        </>
      )}
    </Panel>
  );
}
