/**
 * The reminder as mail programs take it: the exact .eml text (RFC 5322 headers, RFC 2047
 * B-encoded words for Swedish text, a base64 body per RFC 2045), read back by a real mail
 * parser (postal-mime); the mailto: link (RFC 6068); the draft's file name.
 * The expected base64 was computed outside this code (Python's base64 module).
 */
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { draftFileName, emlOf, mailtoOf, type MailDraft } from "../../../src/plan";

const CRLF = "\r\n";

const SUBJECT = "Påminnelse: uppföljning T1 2026 av åtgärdsplanen, senast 15 maj";
const BODY =
  "Hej!\n\nUppföljningen för första tertialen 2026 saknas ännu för 1.1 Platssamverkan Vårberg.\n\nTack på förhand!";

const SWEDISH: MailDraft = {
  to: [
    { name: "Åsa Öberg", address: "asa.oberg@stockholm.se" },
    { name: " Anna Svensson ", address: "anna.svensson@stockholm.se" },
  ],
  subject: SUBJECT,
  body: BODY,
};

/** What a mail client's parser makes of the file. */
async function parsed(eml: string) {
  return PostalMime.parse(eml);
}

/** The UTF-8 text an RFC 2047 B-encoded word carries. */
function wordText(word: string): string {
  const match = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word);
  if (!match) throw new Error(`not an encoded word: ${word}`);
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(match[1] ?? "", "base64"));
}

describe("emlOf", () => {
  it("writes the exact draft: Swedish subject and names as encoded words, the body in base64 lines", () => {
    expect(emlOf(SWEDISH, "2026-05-04")).toBe(
      [
        "Date: Mon, 04 May 2026 12:00:00 +0000",
        "To: =?UTF-8?B?w4VzYSDDlmJlcmc=?= <asa.oberg@stockholm.se>,",
        " Anna Svensson <anna.svensson@stockholm.se>",
        // The first word carries 39 bytes exactly: as many whole characters as fit.
        "Subject: =?UTF-8?B?UMOlbWlubmVsc2U6IHVwcGbDtmxqbmluZyBUMSAyMDI2IGF2IMOl?=",
        " =?UTF-8?B?dGfDpHJkc3BsYW5lbiwgc2VuYXN0IDE1IG1hag==?=",
        "X-Unsent: 1",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        "SGVqIQ0KDQpVcHBmw7Zsam5pbmdlbiBmw7ZyIGbDtnJzdGEgdGVydGlhbGVuIDIwMjYgc2FrbmFz",
        "IMOkbm51IGbDtnIgMS4xIFBsYXRzc2FtdmVya2FuIFbDpXJiZXJnLg0KDQpUYWNrIHDDpSBmw7Zy",
        "aGFuZCE=",
        "",
      ].join(CRLF),
    );
  });

  it("is read back by a mail parser as the draft it was made from", async () => {
    const mail = await parsed(emlOf(SWEDISH, "2026-05-04"));
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.to).toEqual([
      { name: "Åsa Öberg", address: "asa.oberg@stockholm.se" },
      { name: "Anna Svensson", address: "anna.svensson@stockholm.se" },
    ]);
    expect(mail.text).toBe(BODY);
    expect(mail.headers.find((h) => h.key === "x-unsent")?.value).toBe("1");
  });

  it("leaves plain ASCII as it is, writes no To without addresses, and ends a 57-byte body in one line", () => {
    // "Hej!" CRLF CRLF and 49 more bytes: 57 bytes are exactly one base64 line of 76.
    const body = "Hej!\n\nUppfoljningen for T2 2026 saknas for 1.1 och 1.2.";
    expect(new TextEncoder().encode(body.replace(/\n/g, CRLF))).toHaveLength(57);
    const eml = emlOf({ to: [], subject: "Reminder: T2 2026 (follow-up) #3", body }, "2026-01-01");
    expect(eml).toBe(
      [
        "Date: Thu, 01 Jan 2026 12:00:00 +0000",
        "Subject: Reminder: T2 2026 (follow-up) #3",
        "X-Unsent: 1",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from(body.replace(/\n/g, CRLF), "utf8").toString("base64"),
        "",
      ].join(CRLF),
    );
    expect(eml.split(CRLF)[7]).toHaveLength(76);
  });

  it("names the day and month in English as RFC 5322 wants, whatever the date", () => {
    const date = (iso: string) => emlOf({ to: [], subject: "x", body: "" }, iso).split(CRLF)[0];
    expect(date("2026-12-31")).toBe("Date: Thu, 31 Dec 2026 12:00:00 +0000");
    expect(date("2027-01-15")).toBe("Date: Fri, 15 Jan 2027 12:00:00 +0000");
    expect(date("2026-09-06")).toBe("Date: Sun, 06 Sep 2026 12:00:00 +0000");
  });

  it("quotes a display name with characters outside an atom, escaping quotes and backslashes", async () => {
    const draft: MailDraft = {
      to: [
        { name: 'Svensson, Anna "Polis" \\ Bredäng'.replace("ä", "a"), address: "anna@polisen.se" },
        { name: "O'Brien-Lind #2", address: "ob@stockholm.se" },
        { name: null, address: "rektor@edu.stockholm.se" },
        { name: "   ", address: "info@stockholm.se" },
      ],
      subject: "T1",
      body: "",
    };
    const eml = emlOf(draft, "2026-05-04");
    expect(eml.split(CRLF).slice(1, 5)).toEqual([
      'To: "Svensson, Anna \\"Polis\\" \\\\ Bredang" <anna@polisen.se>,',
      " O'Brien-Lind #2 <ob@stockholm.se>,",
      " rektor@edu.stockholm.se,",
      " info@stockholm.se",
    ]);
    const mail = await parsed(eml);
    expect(mail.to?.map((a) => [a.name, a.address])).toEqual([
      ['Svensson, Anna "Polis" \\ Bredang', "anna@polisen.se"],
      ["O'Brien-Lind #2", "ob@stockholm.se"],
      ["", "rektor@edu.stockholm.se"],
      ["", "info@stockholm.se"],
    ]);
  });

  it("folds a long Swedish name and subject into words of at most 75 characters, never splitting a character", async () => {
    const name = "Preventionsstrateg Åsa Öberg-Lindström, Skärholmens stadsdelsförvaltning";
    const subject = "Påminnelse: Åtgärdsplan för gemensamma prioriteringar, Skärholmen – T1";
    const eml = emlOf({ to: [{ name, address: "asa@stockholm.se" }], subject, body: "" }, "2026-05-04");
    const lines = eml.split(CRLF);
    expect(lines.slice(1, 6)).toEqual([
      // "ö" would make the first word 40 bytes: it begins the next one.
      "To: =?UTF-8?B?UHJldmVudGlvbnNzdHJhdGVnIMOFc2Egw5ZiZXJnLUxpbmRzdHI=?=",
      " =?UTF-8?B?w7ZtLCBTa8OkcmhvbG1lbnMgc3RhZHNkZWxzZsO2cnZhbHRuaW5n?=",
      " <asa@stockholm.se>",
      "Subject: =?UTF-8?B?UMOlbWlubmVsc2U6IMOFdGfDpHJkc3BsYW4gZsO2ciBnZW1lbnNh?=",
      " =?UTF-8?B?bW1hIHByaW9yaXRlcmluZ2FyLCBTa8OkcmhvbG1lbiDigJMgVDE=?=",
    ]);
    // RFC 2047: an encoded word is at most 75 characters; RFC 5322: a line at most 78.
    const words = lines.slice(1, 6).flatMap((line) => line.match(/=\?[^ ]*\?=/g) ?? []);
    expect(words).toHaveLength(4);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    expect(words.slice(0, 2).map(wordText).join("")).toBe(name);
    expect(words.slice(2).map(wordText).join("")).toBe(subject);
    const mail = await parsed(eml);
    expect(mail.subject).toBe(subject);
    expect(mail.to).toEqual([{ name, address: "asa@stockholm.se" }]);
  });

  it("puts the address on a line of its own only when the name's line would pass 78 characters", () => {
    const to = (name: string) =>
      emlOf(
        {
          to: [
            { name, address: "anna@stockholm.se" },
            { name: null, address: "b@stockholm.se" },
          ],
          subject: "T1",
          body: "",
        },
        "2026-05-04",
      )
        .split(CRLF)
        .slice(1, 4);
    const name = "Preventionsstrateg och samordnare Anna Maria Svensson";
    expect(to(name)).toEqual([`To: ${name} <anna@stockholm.se>,`, " b@stockholm.se", "Subject: T1"]);
    expect(to(name)[0]).toHaveLength(78);
    expect(to(`${name}s`)).toEqual([`To: ${name}s`, " <anna@stockholm.se>,", " b@stockholm.se"]);
  });

  it("keeps the address on the last line of a folded Swedish name when that line has room", async () => {
    // Two encoded words: the second line is short, so the address goes on beside it.
    const name = "Preventionsstrateg Åsa Öberg-Lindström, Skärholmen";
    const eml = emlOf({ to: [{ name, address: "asa@stockholm.se" }], subject: "T1", body: "" }, "2026-05-04");
    const lines = eml.split(CRLF);
    expect(lines[1]).toMatch(/^To: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(lines[2]).toMatch(/^ =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <asa@stockholm\.se>$/);
    expect(lines[3]).toBe("Subject: T1");
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    const mail = await parsed(eml);
    expect(mail.to).toEqual([{ name, address: "asa@stockholm.se" }]);
  });

  it("encodes a subject with a tab or an emoji, which are not printable ASCII", async () => {
    for (const subject of ["T1\t2026", "Påminnelse 🔔"]) {
      const line = emlOf({ to: [], subject, body: "" }, "2026-05-04").split(CRLF)[1];
      expect(line).toBe(`Subject: =?UTF-8?B?${Buffer.from(subject, "utf8").toString("base64")}?=`);
    }
  });
});

describe("mailtoOf", () => {
  it("percent-encodes subject and body in UTF-8 with CRLF line ends, keeping @ in the addresses", () => {
    const link = mailtoOf({
      to: [
        { name: "Åsa Öberg", address: "asa.oberg@stockholm.se" },
        { name: null, address: "anna+plan@stockholm.se" },
      ],
      subject: "Påminnelse: T1 & T2 = klart?",
      body: "Hej!\nRad två.\r\nTack",
    });
    expect(link).toBe(
      "mailto:asa.oberg@stockholm.se,anna%2Bplan@stockholm.se" +
        "?subject=P%C3%A5minnelse%3A%20T1%20%26%20T2%20%3D%20klart%3F" +
        "&body=Hej!%0D%0ARad%20tv%C3%A5.%0D%0ATack",
    );
    // RFC 6068: what a mail program reads back from the link is the draft.
    const url = new URL(link);
    expect(url.searchParams.get("subject")).toBe("Påminnelse: T1 & T2 = klart?");
    expect(url.searchParams.get("body")).toBe("Hej!\r\nRad två.\r\nTack");
  });

  it("leaves the recipients empty when the plan has no address", () => {
    expect(mailtoOf({ to: [], subject: "T1", body: "" })).toBe("mailto:?subject=T1&body=");
  });
});

describe("draftFileName", () => {
  it("is ASCII, lower case and dashed, from the convener's name", () => {
    const cases: [string | null, string][] = [
      ["Åsa Öberg", "paminnelse-T1-2026-asa-oberg.eml"],
      ["Rektor,  Sätraskolan", "paminnelse-T1-2026-rektor-satraskolan.eml"],
      ["(Kommunpoliser)", "paminnelse-T1-2026-kommunpoliser.eml"],
      [null, "paminnelse-T1-2026-utan-sammankallande.eml"],
      ["–?!", "paminnelse-T1-2026-sammankallande.eml"],
    ];
    expect(cases.map(([convener]) => draftFileName(convener, "T1", 2026))).toEqual(
      cases.map(([, name]) => name),
    );
  });

  it("keeps a name of 60 characters and cuts a longer one between words, or at 60 when it has none", () => {
    const sixty = "a".repeat(29) + " " + "b".repeat(30);
    expect(draftFileName(sixty, "VB", 2026)).toBe(
      `paminnelse-VB-2026-${"a".repeat(29)}-${"b".repeat(30)}.eml`,
    );
    const long = "Preventionsstrateg Skärholmens stadsdelsförvaltning och kommunpoliserna";
    expect(draftFileName(long, "T2", 2027)).toBe(
      "paminnelse-T2-2027-preventionsstrateg-skarholmens-stadsdelsforvaltning-och.eml",
    );
    expect(draftFileName("x".repeat(70), "T1", 2026)).toBe(`paminnelse-T1-2026-${"x".repeat(60)}.eml`);
  });
});
