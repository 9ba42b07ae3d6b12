/** A titled part of the task pane: a region named by its heading. */
import { useId, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingBottom: "16px",
    marginBottom: "16px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function Panel(props: { title: string; children: ReactNode }) {
  const id = useId();
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.panel}>
      <h2 id={id} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
