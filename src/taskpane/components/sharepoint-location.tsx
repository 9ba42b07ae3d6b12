/** Where the workbook is in SharePoint, and "Senast ändrad av … den …". */
import { Link, Text, makeStyles } from "@fluentui/react-components";
import { modifiedText, placeText, type FileLocation } from "../../sharepoint";
import { useMessages } from "../use-messages";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: "12px",
    rowGap: "4px",
    margin: 0,
  },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function SharePointLocation(props: { location: FileLocation }) {
  const messages = useMessages();
  const styles = useStyles();
  const { location } = props;
  const modified = modifiedText(location);
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{messages.sharePoint.site}</dt>
        <dd className={styles.value}>
          <Link href={location.siteUrl} target="_blank" rel="noopener noreferrer">
            {location.siteUrl.replace(/^https?:\/\//, "")}
          </Link>
        </dd>
        <dt className={styles.term}>{messages.sharePoint.place}</dt>
        <dd className={styles.value}>{placeText(location)}</dd>
        <dt className={styles.term}>{messages.sharePoint.file}</dt>
        <dd className={styles.value}>{location.fileName}</dd>
      </dl>
      {modified !== null && <Text>{modified}</Text>}
    </>
  );
}
