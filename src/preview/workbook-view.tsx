/**
 * The left side of the preview: the workbook as Excel shows it, read-only. A tab per sheet
 * (arrow keys move between tabs), the selected cell's address and full text, and the grid.
 * Follows the host's view state, so the task pane's "go to cell" and new report sheets
 * show here at once.
 */
import { useId, useMemo, useSyncExternalStore } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../plan";
import type { ExceljsWorkbook } from "../xlsx/exceljs-workbook";
import { previewText } from "./messages";
import type { PreviewHost } from "./preview-host";
import { SheetGrid } from "./sheet-grid";
import { readSheetModel, sheetTabs } from "./sheet-model";
import { SheetTabs } from "./sheet-tabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, height: "100%" },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  cellBar: {
    display: "flex",
    alignItems: "baseline",
    gap: "12px",
    padding: "4px 8px",
    minHeight: "24px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  address: {
    minWidth: "8em",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    flexGrow: 1,
    minWidth: 0,
    maxHeight: "4.5em",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  empty: { padding: "16px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export function WorkbookView(props: { workbook: ExceljsWorkbook; host: PreviewHost }) {
  const { workbook, host } = props;
  const styles = useStyles();
  const panelId = useId();
  const view = useSyncExternalStore(host.subscribe, host.getView);
  const { sheet, selected, version } = view;
  // `version` grows with every write to the workbook: the sheets are read again then.
  const tabs = useMemo(() => sheetTabs(workbook.shown), [workbook, version]);
  const model = useMemo(
    () => (sheet === null ? null : readSheetModel(workbook.shown, sheet)),
    [workbook, sheet, version],
  );
  const cell = model && selected ? model.cell(selected.row, selected.column) : null;

  return (
    <div className={styles.root} data-workbook-view>
      <SheetTabs tabs={tabs} active={sheet} panelId={panelId} onSelect={(name) => host.showSheet(name)} />
      {model === null ? (
        <Text className={styles.empty}>{previewText.noSheets}</Text>
      ) : (
        <div id={panelId} role="tabpanel" aria-label={model.name} className={styles.panel}>
          <div className={styles.cellBar}>
            <span className={styles.address}>
              <span className={styles.hidden}>{previewText.selectedCell}: </span>
              <span data-testid="selected-address">
                {selected ? cellAddress(model.name, selected.row, selected.column) : ""}
              </span>
            </span>
            <span className={styles.value}>
              <span className={styles.hidden}>{previewText.cellValue}: </span>
              <span data-testid="selected-value">{cell?.text ?? ""}</span>
            </span>
          </div>
          <SheetGrid model={model} selected={selected} onSelect={(next) => host.selectCell(next)} />
        </div>
      )}
    </div>
  );
}
