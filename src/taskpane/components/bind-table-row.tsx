/**
 * One contract table under "Koppla plan": where it would be bound (a table or range found in
 * the workbook, a new table from the template, or none), the columns matched and the
 * required columns that would be added.
 */
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  describeCandidate,
  describeMatchedColumns,
  describeMissingColumns,
  type BindingChoice,
  type TableProposal,
} from "../../plan";
import { useMessages } from "../use-messages";

const useStyles = makeStyles({
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function Note(props: { table: TableProposal; choice: BindingChoice }) {
  const messages = useMessages();
  const styles = useStyles();
  const { table, choice } = props;
  if (choice === "new") return <Text block>{messages.bind.newNote(table.newSheet)}</Text>;
  const candidate = table.candidates.find((c) => c.id === choice);
  if (!candidate) return <Text block>{messages.bind.skipNote}</Text>;
  const missing = describeMissingColumns(candidate);
  return (
    <>
      <Text block>{messages.bind.columns(describeMatchedColumns(candidate))}</Text>
      {missing && (
        <Text block className={styles.missing}>
          {missing}
        </Text>
      )}
    </>
  );
}

export function BindTableRow(props: {
  table: TableProposal;
  choice: BindingChoice;
  disabled: boolean;
  onChoose: (choice: BindingChoice) => void;
}) {
  const messages = useMessages();
  const { table, choice } = props;
  return (
    <Field label={messages.tables[table.def.name]} hint={<Note table={table} choice={choice} />}>
      <Select value={choice} disabled={props.disabled} onChange={(_, data) => props.onChoose(data.value)}>
        {table.candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {describeCandidate(candidate)}
          </option>
        ))}
        <option value="new">{messages.bind.newTable(table.newSheet)}</option>
        <option value="skip">{messages.bind.skip}</option>
      </Select>
    </Field>
  );
}
