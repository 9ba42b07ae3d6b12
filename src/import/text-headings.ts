/**
 * Headings in the exported text: a title wrapped over several lines ("3.2 Sociala
 * insatsgrupper unga vuxna (från" + "18 år)"), and whether a numbered line inside a section
 * is a heading at all. A numbered list in a value ("1. Förebygga …") looks like one; a real
 * heading comes later in the numbering than the section it ends and is followed by a
 * label that belongs to it (or by another heading).
 */
import { labelTarget } from "./plan-labels";
import type { TextToken } from "./text-tokens";

type HeadingToken = Extract<TextToken, { kind: "heading" }>;

export interface HeadingState {
  /** Number of the current area and activity (0 before the first). */
  readonly area: number;
  readonly activity: number;
  /** A label has been read since the last heading: numbered lines may be list items. */
  readonly inSection: boolean;
}

export const NO_HEADING: HeadingState = { area: 0, activity: 0, inSection: false };

function skipBlank(tokens: readonly TextToken[], from: number): number {
  let i = from;
  while (tokens[i]?.kind === "blank" || tokens[i]?.kind === "furniture") i++;
  return i;
}

/** A heading's title, continued over the next lines when it was wrapped. */
export function headingTitle(
  tokens: readonly TextToken[],
  start: number,
  title: string,
): { title: string; next: number } {
  let text = title;
  let i = start;
  for (;;) {
    const j = skipBlank(tokens, i);
    const next = tokens[j];
    if (next?.kind !== "text") break;
    const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    const continues = text === "" || open || /[,-]$/.test(text) || /^[\p{Ll}\d(]/u.test(next.text);
    if (!continues) break;
    text = `${text} ${next.text}`.trim();
    i = j + 1;
  }
  return { title: text, next: i };
}

/** Whether the heading token (its title ending before `next`) is a heading, not a list item. */
export function isHeading(
  heading: HeadingToken,
  tokens: readonly TextToken[],
  next: number,
  state: HeadingState,
): boolean {
  if (!state.inSection) return true;
  const after = tokens[skipBlank(tokens, next)];
  const scope = after?.kind === "label" ? labelTarget(after.label)?.scope : undefined;
  const followed =
    after === undefined ||
    after.kind === "heading" ||
    (scope !== undefined && (heading.level === 1) === (scope === "area"));
  if (!followed) return false;
  const [area = 0, activity = 0] = heading.nr.split(".").map(Number);
  if (heading.level === 1) return area > state.area;
  return area === state.area ? activity > state.activity : area > state.area;
}

export function afterHeading(heading: HeadingToken): HeadingState {
  const [area = 0, activity = 0] = heading.nr.split(".").map(Number);
  return { area, activity: heading.level === 1 ? 0 : activity, inSection: false };
}
