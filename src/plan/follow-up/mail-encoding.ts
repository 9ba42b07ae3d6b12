/**
 * A reminder as the mail programs take it: an .eml draft (RFC 5322 with MIME, UTF-8) that
 * Outlook opens as a new message to send (`X-Unsent: 1`), and a `mailto:` link for the task
 * pane (RFC 6068). Pure text in, text out; nothing is sent.
 */
import type { MailAddress, MailDraft } from "./reminders";

const CRLF = "\r\n";

function utf8Base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const isAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/**
 * A header text as RFC 2047 encoded words, each at most 64 characters and never splitting a
 * character, so a folded header line stays within 78.
 */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    // "=?UTF-8?B?" and "?=" are 12 characters, base64 of at most 39 bytes 52: a word of 64
    // fits a folded line behind "Subject: ".
    if (new TextEncoder().encode(chunk + char).length > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  // The text is not empty (an empty one is ASCII), so the last chunk is not either.
  return [...words, chunk].map((word) => `=?UTF-8?B?${utf8Base64(word)}?=`);
}

function headerText(text: string): string {
  return isAscii(text) ? text : encodedWords(text).join(`${CRLF} `);
}

function displayName(name: string): string {
  if (!isAscii(name)) return encodedWords(name).join(`${CRLF} `);
  return /^[\w !#$%&'*+\-/=?^`{|}~]*$/.test(name) ? name : `"${name.replace(/(["\\])/g, "\\$1")}"`;
}

function addressText(address: MailAddress): string {
  const name = address.name?.trim() ?? "";
  if (name === "") return address.address;
  const phrase = displayName(name);
  const lastLine = phrase.slice(phrase.lastIndexOf("\n") + 1);
  // Behind "To: " (or the fold's space) and before a ",", the address goes on a folded line
  // of its own when the name's last line would pass 78 with it.
  const fits = "To: ".length + lastLine.length + ` <${address.address}>,`.length <= 78;
  return `${phrase}${fits ? " " : `${CRLF} `}<${address.address}>`;
}

/** The base64 body in lines of 76 characters. */
function bodyLines(body: string): string[] {
  const encoded = utf8Base64(body.replace(/\r?\n/g, CRLF));
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines;
}

/** RFC 5322's date of a day (`YYYY-MM-DD`), at noon UTC: "Mon, 04 May 2026 12:00:00 +0000". */
function mailDate(iso: string): string {
  // ECMAScript fixes toUTCString's form: "Mon, 04 May 2026 12:00:00 GMT".
  return `${new Date(`${iso}T12:00:00Z`).toUTCString().slice(0, -3)}+0000`;
}

/**
 * The draft as an .eml file. It has no From: the mail program fills in the account of the
 * person who sends it. `date` is the day it was written (`YYYY-MM-DD`).
 */
export function emlOf(draft: MailDraft, date: string): string {
  const headers = [
    `Date: ${mailDate(date)}`,
    ...(draft.to.length > 0 ? [`To: ${draft.to.map(addressText).join(`,${CRLF} `)}`] : []),
    `Subject: ${headerText(draft.subject)}`,
    "X-Unsent: 1",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
  ];
  return [...headers, "", ...bodyLines(draft.body), ""].join(CRLF);
}

/** The draft as a `mailto:` link that opens it in the user's mail program. */
export function mailtoOf(draft: MailDraft): string {
  const to = draft.to.map((a) => encodeURIComponent(a.address).replace(/%40/g, "@")).join(",");
  const body = draft.body.replace(/\r?\n/g, CRLF);
  return `mailto:${to}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body)}`;
}

/** "paminnelse-T1-2026-anna-svensson.eml": ASCII, so every file system and mail program takes it. */
export function draftFileName(convener: string | null, period: string, year: number): string {
  const slug = (convener ?? "utan sammankallande")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // At most 60 characters, cut between words (at 60 in a word that long).
  const space = slug.lastIndexOf("-", 60);
  const cut = slug.length <= 60 ? slug : slug.slice(0, space === -1 ? 60 : space);
  return `paminnelse-${period}-${year}-${cut || "sammankallande"}.eml`;
}
