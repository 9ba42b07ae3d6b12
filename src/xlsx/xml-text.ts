/** Just enough XML reading for the few package parts this adapter looks at before exceljs. */

export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

/** An attribute's decoded value from an element's attribute text, or undefined. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (!match) return undefined;
  return decodeXml(match[1] ?? match[2] ?? "");
}

/** Start tags `<name …>` (any namespace prefix) with their attribute text. */
export function* startTags(xml: string, name: string): Generator<string> {
  for (const match of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)/?>`, "g"))) {
    yield match[1] ?? "";
  }
}

export { xmlSafeText } from "../plan";
