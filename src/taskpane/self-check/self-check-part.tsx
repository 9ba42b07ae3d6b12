/**
 * The way into "Kontrollera tillägget": a small link at the bottom of the pane (or the pane
 * opened with `?diagnostik` in its address), and the panel itself, a chunk of its own loaded
 * only when it is opened (lazyPanel).
 */
import { useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../excel";
import { lazyPanel } from "../components/lazy-panel";
import type { SharePointConnection } from "../sharepoint/connection";
import { SELF_CHECK_TEXT as T } from "./self-check-messages";

const SelfCheckPanel = lazyPanel(
  () => import("./self-check-panel").then((m) => m.SelfCheckPanel),
  () => T.heading,
);

// A plain button that looks like a small link: Fluent's Link would add to the start-up bundle.
const useStyles = makeStyles({
  footer: { marginTop: "8px" },
  link: {
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
  },
});

export function SelfCheckPart(props: {
  readonly runExcelChecks: () => Promise<readonly CheckResult[]>;
  readonly sharePoint?: SharePointConnection;
  /** Open at once (`?diagnostik`). */
  readonly open?: boolean;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(props.open ?? false);
  return open ? (
    <SelfCheckPanel
      runExcelChecks={props.runExcelChecks}
      sharePoint={props.sharePoint}
      onClose={() => setOpen(false)}
    />
  ) : (
    <footer className={styles.footer}>
      <button type="button" className={styles.link} onClick={() => setOpen(true)}>
        {T.link}
      </button>
    </footer>
  );
}
