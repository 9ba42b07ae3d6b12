/**
 * The page's layout. Wide screens: the header on top, the workbook filling the left and
 * the task pane (as wide as Excel's) on the right, each scrolling on its own. Narrow
 * screens (a task pane's width, a phone): one column, the workbook above the pane.
 */
import { makeStaticStyles, makeStyles, shorthands, tokens } from "@fluentui/react-components";

const NARROW = "@media (max-width: 800px)";
const PANE_WIDTH = "380px";

export const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, height: "100%" },
  "#root, #root > .fui-FluentProvider": { height: "100%" },
});

export const usePageStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { height: "auto", minHeight: "100%" },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: "24px",
    rowGap: "8px",
    padding: "8px 16px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { padding: "8px 12px" },
  },
  heading: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  privacy: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  status: { flexGrow: 1, minWidth: "10em", color: tokens.colorNeutralForeground2 },
  error: { flexBasis: "100%" },
  fileButton: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "32px",
    padding: "5px 12px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  /** Hidden from sight, not from the keyboard or screen readers. */
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
  },
  body: {
    display: "grid",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    flexGrow: 1,
    minHeight: 0,
    [NARROW]: { display: "flex", flexDirection: "column" },
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      height: "55vh",
      minHeight: "280px",
      borderRight: "none",
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  pane: { overflowY: "auto", minHeight: 0, [NARROW]: { overflowY: "visible" } },
  loading: { margin: "auto" },
  dropOverlay: {
    position: "fixed",
    inset: "8px",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: "rgba(255, 255, 255, 0.85)",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: "none",
    zIndex: 10,
  },
});
