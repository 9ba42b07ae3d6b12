/** The workbook's style sheet part, found through the workbook's relationships (or added). */
import { relatePart, relationshipsOf, requiredText, updateContentTypes } from "./package-graph";
import { resolveTarget } from "./part-paths";
import { DEFAULT_STYLES } from "./new-package";
import { StyleSheet } from "./styles-append";
import { CONTENT_TYPE, REL_TYPE } from "./xml";
import type { XlsxPackage } from "./xlsx-package";

async function stylesPart(pkg: XlsxPackage, workbookPart: string): Promise<string> {
  const rel = (await relationshipsOf(pkg, workbookPart)).find((r) => r.type === REL_TYPE.styles);
  if (rel !== undefined && pkg.has(resolveTarget(workbookPart, rel.target))) {
    return resolveTarget(workbookPart, rel.target);
  }
  const part = resolveTarget(workbookPart, "styles.xml");
  pkg.write(part, DEFAULT_STYLES);
  await updateContentTypes(pkg, { add: [[part, CONTENT_TYPE.styles]] });
  if (rel === undefined) await relatePart(pkg, workbookPart, REL_TYPE.styles, part);
  return part;
}

/**
 * Runs `use` on the style sheet and saves it when `use` appended to it. Formats are only
 * ever appended (styles-append.ts), so the user's cells keep theirs.
 */
export async function withStyleSheet<T>(
  pkg: XlsxPackage,
  workbookPart: string,
  use: (styles: StyleSheet) => T,
): Promise<T> {
  const part = await stylesPart(pkg, workbookPart);
  const before = await requiredText(pkg, part);
  const styles = StyleSheet.parse(before);
  const result = use(styles);
  if (styles.changed) pkg.write(part, styles.toString());
  return result;
}
