/** Asks before a published report gets a new version: "Filen finns redan. …" */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useMessages } from "../use-messages";

export function SharePointConfirmDialog(props: {
  /** The file that exists; null when nothing is asked. */
  fileName: string | null;
  folder: string;
  onAnswer: (replace: boolean) => void;
}) {
  const messages = useMessages();
  const { fileName, folder, onAnswer } = props;
  return (
    <Dialog
      open={fileName !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{messages.sharePoint.confirmTitle}</DialogTitle>
          <DialogContent>{messages.sharePoint.confirmText(fileName ?? "", folder)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {messages.sharePoint.confirmYes}
            </Button>
            <Button onClick={() => onAnswer(false)}>{messages.sharePoint.confirmNo}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
