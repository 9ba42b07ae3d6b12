/**
 * "Koppla plan": binds the workbook's own tables and ranges to the plan's tables. "Visa
 * förslag" shows one row per contract table (bind-table-row.tsx); "Koppla" converts ranges
 * into tables, adds missing required columns, formats Nr columns as text and records the
 * bindings, changing no value. A binding whose table is gone is shown as a warning with
 * "Koppla igen".
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { excelNameKey, describeBrokenBinding, type BindingProposal, type BrokenBinding } from "../../plan";
import { useBinding, type BindingWorkbook, type Choices } from "../hooks/use-binding";
import { useMessages } from "../use-messages";
import { BindTableRow } from "./bind-table-row";
import { Panel } from "./panel";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** "Tabell1 → Aktiviteter" for each chosen table that has a name of its own. */
function renamesOf(proposal: BindingProposal, choices: Choices): string[] {
  return proposal.tables.flatMap((table) => {
    const chosen = table.candidates.find((c) => c.id === choices[table.def.name]);
    const own = chosen?.excelTable;
    return own && excelNameKey(own) !== excelNameKey(table.def.name) ? [`${own} → ${table.def.name}`] : [];
  });
}

function BrokenBindings(props: { broken: readonly BrokenBinding[]; onBind: (() => void) | null }) {
  const messages = useMessages();
  if (props.broken.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{messages.bind.brokenTitle}</MessageBarTitle>
        {props.broken.map((b) => (
          <Text block key={b.id}>
            {describeBrokenBinding(b)}
          </Text>
        ))}
      </MessageBarBody>
      {props.onBind && (
        <MessageBarActions>
          <Button onClick={props.onBind}>{messages.bind.bindAgain}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function BindPanel(props: { port: BindingWorkbook; brokenBindings: readonly BrokenBinding[] }) {
  const messages = useMessages();
  const styles = useStyles();
  const binding = useBinding(props.port);
  const { proposal, busy } = binding;
  const propose = () => void binding.propose();
  const broken = proposal?.brokenBindings ?? props.brokenBindings;
  const renames = proposal ? renamesOf(proposal, binding.choices) : [];
  return (
    <Panel title={messages.bind.heading}>
      <Text>{messages.bind.intro}</Text>
      <BrokenBindings broken={broken} onBind={proposal || busy ? null : propose} />
      {!proposal && broken.length === 0 && (
        <div>
          <Button onClick={propose} disabledFocusable={busy}>
            {messages.bind.show}
          </Button>
        </div>
      )}
      {proposal && (
        <>
          {proposal.tables.map((table) => (
            <BindTableRow
              key={table.def.name}
              table={table}
              choice={binding.choices[table.def.name] ?? "new"}
              disabled={busy}
              onChoose={(choice) => binding.choose(table.def.name, choice)}
            />
          ))}
          {renames.length > 0 && (
            <Checkbox
              checked={binding.allowRename}
              label={messages.bind.rename(renames.join(", "))}
              onChange={(_, data) => binding.setAllowRename(data.checked === true)}
            />
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void binding.bind()} disabledFocusable={busy}>
              {messages.bind.button}
            </Button>
            <Button onClick={binding.cancel} disabledFocusable={busy}>
              {messages.bind.cancel}
            </Button>
          </div>
        </>
      )}
      {busy && <Spinner size="tiny" label={proposal ? messages.bind.binding : messages.bind.reading} />}
    </Panel>
  );
}
