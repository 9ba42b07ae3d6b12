/**
 * The one place the task pane shows what happened: a fault in plain Swedish (role alert)
 * or the result of an action (role status). Stays at the top while the pane scrolls.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useMessages } from "../use-messages";

export interface FeedbackMessage {
  /** A fault, an action done, or an action done with something the user should know. */
  readonly kind: "error" | "success" | "warning";
  readonly text: string;
  /** Lines shown as a list under the text, e.g. what an import could not place. */
  readonly details: readonly string[];
  /** A sentence after the list, e.g. what to do about it. */
  readonly after?: string;
}

const useStyles = makeStyles({
  bar: { position: "sticky", top: 0, zIndex: 1, marginBottom: "12px" },
  details: { margin: "4px 0 0", paddingLeft: "20px", maxHeight: "12em", overflowY: "auto" },
});

export function FeedbackBar(props: { message: FeedbackMessage | null; onDismiss: () => void }) {
  const messages = useMessages();
  const styles = useStyles();
  const { message } = props;
  if (!message) return null;
  const isError = message.kind === "error";
  return (
    <div role={isError ? "alert" : "status"} className={styles.bar}>
      <MessageBar intent={message.kind} layout="multiline">
        <MessageBarBody>
          {isError && <MessageBarTitle>{messages.errors.title}</MessageBarTitle>}
          {message.text}
          {message.details.length > 0 && (
            <ul className={styles.details}>
              {message.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {message.after !== undefined && <div>{message.after}</div>}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={props.onDismiss}>
              {messages.errors.dismiss}
            </Button>
          }
        />
      </MessageBar>
    </div>
  );
}
