/**
 * A finding's severity as an icon with its word beside it ("Fel", "Varning",
 * "Upplysning"), so it never depends on colour or shape alone.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../plan";
import { useMessages } from "../use-messages";

const useStyles = makeStyles({
  badge: { display: "inline-flex", alignItems: "center", gap: "4px", fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

/** 16×16 shapes: a circle with a cross, a triangle with "!", a circle with "i". */
const SHAPES: Readonly<Record<Severity, string>> = {
  error:
    "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-2.3 4L5 5.7 7.3 8 5 10.3l.7.7L8 8.7l2.3 2.3.7-.7L8.7 8 11 5.7 10.3 5 8 7.3Z",
  warning: "M8 1.5 15 14H1L8 1.5Zm-.6 4.5v4.5h1.2V6Zm.6 5.6a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6Z",
  info: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.6 6v5h1.2V7Zm.6-2.8a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6Z",
};

export function SeverityIcon(props: { severity: Severity }) {
  const messages = useMessages();
  const styles = useStyles();
  const { severity } = props;
  return (
    <span className={mergeClasses(styles.badge, styles[severity])}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={SHAPES[severity]} />
      </svg>
      {messages.validate.severity[severity]}
    </span>
  );
}
