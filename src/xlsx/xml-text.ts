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

/* eslint-disable no-control-regex -- control characters are what this looks for */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text for a part where no `_xHHHH_` escape applies (a footer, a chart's labels): what XML
 * cannot hold (control characters, a lone half of a surrogate pair, U+FFFE/U+FFFF) becomes
 * U+FFFD, the replacement character.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, "\uFFFD");
}
