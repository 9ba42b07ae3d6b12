/**
 * The workbook's sheets as tabs (ARIA tablist), as Excel shows them: the active one
 * highlighted; arrow keys, Home and End move between tabs and show the sheet.
 */
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { previewText } from "./messages";
import type { SheetTab } from "./sheet-model";

const useStyles = makeStyles({
  tabs: {
    display: "flex",
    gap: "2px",
    overflowX: "auto",
    padding: "4px 8px 0",
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
  tab: {
    flexShrink: 0,
    border: `1px solid transparent`,
    borderBottomWidth: 0,
    borderRadius: "4px 4px 0 0",
    padding: "4px 12px",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  activeTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    color: "#107c41",
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: "-1px",
    paddingBottom: "5px",
  },
});

export interface SheetTabsProps {
  readonly tabs: readonly SheetTab[];
  readonly active: string | null;
  /** The tab panel the active tab controls. */
  readonly panelId: string;
  readonly onSelect: (name: string) => void;
}

export function SheetTabs(props: SheetTabsProps) {
  const styles = useStyles();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const { tabs, active } = props;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === "ArrowRight"
        ? (index + 1) % tabs.length
        : event.key === "ArrowLeft"
          ? (index + last) % tabs.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    const tab = target === null ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    props.onSelect(tab.name);
    refs.current.get(tab.name)?.focus();
  };

  return (
    <div role="tablist" aria-label={previewText.sheets} className={styles.tabs}>
      {tabs.map((tab, index) => {
        const selected = tab.name === active;
        return (
          <button
            key={tab.name}
            ref={(element) => {
              if (element) refs.current.set(tab.name, element);
              else refs.current.delete(tab.name);
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={selected ? props.panelId : undefined}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.activeTab)}
            onClick={() => props.onSelect(tab.name)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.hidden ? previewText.hiddenSheet(tab.name) : tab.name}
          </button>
        );
      })}
    </div>
  );
}
