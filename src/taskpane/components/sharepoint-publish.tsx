/**
 * "Publicera rapport": the report sheet alone as "Rapport T1 2026 – <Titel>.xlsx" in the
 * folder Uppföljning next to the workbook, then a link to it. A file of that name gets a new
 * version only after the user says yes in a dialog. The workbook itself is never written.
 */
import { useState } from "react";
import { Button, Link, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { REPORT_FOLDER, type FileLocation, type PublishedFile } from "../../sharepoint";
import { requireYear } from "../format";
import { useTask } from "../hooks/use-task";
import type { SharePointConnection } from "../sharepoint/connection";
import {
  buildReportFile,
  publishReportFile,
  signInForAction,
  type ReportFile,
} from "../sharepoint/sharepoint-actions";
import { useTaskPane } from "../task-pane-context";
import { useMessages } from "../use-messages";
import { PeriodFields, defaultPeriodChoice } from "./period-fields";
import { SharePointConfirmDialog } from "./sharepoint-confirm-dialog";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: "8px 0 0" },
  link: { overflowWrap: "anywhere" },
});

interface Published {
  readonly fileName: string;
  readonly url: string;
}

export function SharePointPublish(props: { connection: SharePointConnection; location: FileLocation }) {
  const messages = useMessages();
  const text = messages.sharePoint;
  const styles = useStyles();
  const { port, today, succeed } = useTaskPane();
  const { busy, run } = useTask();
  const { connection, location } = props;
  const [choice, setChoice] = useState(() => defaultPeriodChoice(today));
  const [asking, setAsking] = useState<ReportFile | null>(null);
  const [published, setPublished] = useState<Published | null>(null);

  const done = (file: ReportFile, result: PublishedFile) => {
    setPublished({ fileName: file.fileName, url: result.url });
    succeed((result.replaced ? text.replaced : text.published)(file.fileName, REPORT_FOLDER));
  };

  const publish = async () => {
    const outcome = await run(async () => {
      const year = requireYear(choice.yearText, messages.period.badYear);
      await signInForAction(connection);
      const file = await buildReportFile(port, { period: choice.period, year, createdOn: today });
      return { file, result: await publishReportFile(connection, location, file, false) };
    });
    if (!outcome) return;
    if (outcome.result.kind === "exists") setAsking(outcome.file);
    else done(outcome.file, outcome.result.published);
  };

  const answer = async (replace: boolean) => {
    const file = asking;
    setAsking(null);
    if (file === null) return;
    if (!replace) {
      succeed(text.notReplaced(file.fileName));
      return;
    }
    const outcome = await run(async () => {
      await signInForAction(connection);
      return publishReportFile(connection, location, file, true);
    });
    if (outcome?.kind === "published") done(file, outcome.published);
  };

  return (
    <>
      <h3 className={styles.heading}>{text.publishHeading}</h3>
      <Text>{text.publishIntro(REPORT_FOLDER)}</Text>
      <PeriodFields value={choice} onChange={setChoice} />
      <div>
        <Button appearance="primary" onClick={() => void publish()} disabledFocusable={busy}>
          {text.publishButton}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={text.publishing} />}
      {published !== null && (
        <Text>
          {text.publishedLink}{" "}
          <Link className={styles.link} href={published.url} target="_blank" rel="noopener noreferrer">
            {published.fileName}
          </Link>
        </Text>
      )}
      <SharePointConfirmDialog
        fileName={asking?.fileName ?? null}
        folder={REPORT_FOLDER}
        onAnswer={(replace) => void answer(replace)}
      />
    </>
  );
}
