/** Small text helpers shared by the rules, the import and the report. */

/** Whitespace that folding would change: a run, any but a plain space, or at either end. */
const FOLDABLE = /\s\s|[^\S ]|^\s|\s$/;

/** Trims and folds runs of whitespace (line breaks included) to one space. */
export function foldWhitespace(text: string): string {
  return FOLDABLE.test(text) ? text.replace(/[\s\u00a0]+/g, " ").trim() : text;
}

/**
 * Case- and whitespace-insensitive key for comparing user text. Plain `toLowerCase` is
 * right for Swedish (å, ä, ö have no special rules) and far faster than the locale-aware
 * one on the two-byte strings exceljs hands us.
 */
export function comparable(text: string): string {
  // Most keys (Nr, periods, names in lower case) are their own key: no new string then.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f || isAsciiCapital(code)) {
      return foldWhitespace(text).toLowerCase();
    }
  }
  return text;
}

/** Whether the character is whitespace as `\s` matches it. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the character is one of A to Z. */
function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** An ASCII letter's lower case; any other character as it is. */
function asciiLower(code: number): number {
  return isAsciiCapital(code) ? code + 0x20 : code;
}

/**
 * `comparable(a) === comparable(b)`, usually without building either: the two texts are
 * walked side by side, runs of whitespace as one space and the ends without, and compared
 * character by character in ASCII's lower case. Where two characters differ and one is not
 * ASCII (whose lower case may depend on what surrounds it), the keys are built after all.
 */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  let i = skipSpaces(a, 0);
  let j = skipSpaces(b, 0);
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const xSpace = isSpace(x);
    const ySpace = isSpace(y);
    // Whitespace in one text only, where the other goes on: the keys differ there (a space,
    // or their end, against a character). Whitespace that ends one text is left to the end.
    if (xSpace !== ySpace) return false;
    if (xSpace) {
      i = skipSpaces(a, i);
      j = skipSpaces(b, j);
      continue;
    }
    if (x !== y) {
      if (x >= 0x80 || y >= 0x80) return comparable(a) === comparable(b);
      if (asciiLower(x) !== asciiLower(y)) return false;
    }
    i++;
    j++;
  }
  return skipSpaces(a, i) >= a.length && skipSpaces(b, j) >= b.length;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Levenshtein distance, for "did you mean …" in enum messages. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, (prev[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The allowed value closest to what was typed. A value the typed text begins or is contained
 * in is nearer than any other ("Delvis" → "Delvis uppfyllt", not "Uppfyllt"); among those,
 * and otherwise among all, the one with the fewest edits.
 */
export function nearest<T extends string>(typed: string, allowed: readonly T[]): T {
  const key = comparable(typed);
  const containing = allowed.filter((value) => comparable(value).includes(key));
  const pool = containing.length > 0 ? containing : allowed;
  let best = pool[0] as T;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const value of pool) {
    const distance = editDistance(key, comparable(value));
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}

/** "a, b och c" */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1] ?? ""}`;
}

/** "1 aktivitet", "3 aktiviteter": a count with its noun in the right number. */
export function countSv(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Compares activity numbers as numbers part by part: 1.2 before 1.10. */
export function compareActivityNr(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b, "sv");
}

/* eslint-disable no-control-regex -- control characters are what this looks for */
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text for an XML part where no escape for such characters applies (a footer, a chart's
 * labels, a Word document): what XML cannot hold (control characters, a lone half of a
 * surrogate pair, U+FFFE/U+FFFF) becomes U+FFFD, the replacement character.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, "\uFFFD");
}

/** 32767 → "32 767": digits in groups of three, as Swedish text writes numbers. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
