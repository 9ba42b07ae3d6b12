/** The grid's look: Excel's grey headers and thin lines, its green selection frame. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ROW_HEIGHT } from "./grid-window";

export const ROW_HEADER_WIDTH = 48;
const EXCEL_GREEN = "#107c41";
/** Excel's default table style's header row, light. */
const TABLE_HEADER = "#dde8f3";
const TABLE_LINE = "#8eaadb";
const LINE = `1px solid ${tokens.colorNeutralStroke2}`;
const HEADER_LINE = `1px solid ${tokens.colorNeutralStroke1}`;

const header = {
  position: "sticky",
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground2,
  fontWeight: tokens.fontWeightRegular,
  fontSize: tokens.fontSizeBase200,
  textAlign: "center",
  borderRight: HEADER_LINE,
  borderBottom: HEADER_LINE,
  padding: "0 4px",
  height: `${ROW_HEIGHT}px`,
  boxSizing: "border-box",
} as const;

export const useGridStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    backgroundColor: tokens.colorNeutralBackground1,
    // A frame while the grid has the keyboard's focus (outside the scrolled content, so the
    // sticky headers never cover it).
    border: "2px solid transparent",
    ":has(:focus-visible)": { ...shorthands.borderColor(tokens.colorStrokeFocus2) },
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: "none" },
  },
  row: { height: `${ROW_HEIGHT}px` },
  cell: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    borderRight: LINE,
    borderBottom: LINE,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  tableHeader: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: TABLE_HEADER,
    borderBottom: `1px solid ${TABLE_LINE}`,
  },
  numeric: { textAlign: "right" },
  selected: {
    outline: `2px solid ${EXCEL_GREEN}`,
    outlineOffset: "-2px",
  },
  columnHeader: { ...header, top: 0, zIndex: 2 },
  rowHeader: { ...header, left: 0, zIndex: 1 },
  corner: { ...header, top: 0, left: 0, zIndex: 3 },
  columnActive: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: EXCEL_GREEN,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `2px solid ${EXCEL_GREEN}`,
  },
  rowActive: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: EXCEL_GREEN,
    fontWeight: tokens.fontWeightSemibold,
    borderRight: `2px solid ${EXCEL_GREEN}`,
  },
  spacer: { padding: 0, border: "none" },
});
