import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GOAL_STATUSES, PERIODS } from "../../src/plan/contract";
import {
  compareActivityNr,
  comparable,
  editDistance,
  groupDigits,
  listSv,
  nearest,
  sameText,
  xmlSafeText,
} from "../../src/plan/text";

/** Text as users write it: letters of any case, every kind of whitespace, Greek, Turkish İ, emoji. */
const pieces = fc.constantFrom(
  "a",
  "A",
  "z",
  "Z",
  "å",
  "Å",
  "ö",
  "Ö",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u2003",
  "\u3000",
  "\ufeff",
  "Σ",
  "σ",
  "ς",
  "İ",
  "i\u0307",
  "\u212a",
  "k",
  "K",
  "ß",
  "1",
  ".",
  "👮‍♀️",
);
const userText = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));

/** A text and another made from it by changing case and whitespace, or by nothing at all. */
const lookalike = userText.chain((text) =>
  fc
    .array(fc.constantFrom("upper", "lower", "space", "trim", "pad", "same"), { maxLength: 3 })
    .map((changes) => {
      let other = text;
      for (const change of changes) {
        if (change === "upper") other = other.toUpperCase();
        if (change === "lower") other = other.toLowerCase();
        if (change === "space") other = other.replace(/ /g, " \t ");
        if (change === "trim") other = other.trim();
        if (change === "pad") other = `\u00a0${other}\n`;
      }
      return [text, other] as const;
    }),
);

describe("comparable", () => {
  it("is the text with runs of whitespace as one space, trimmed, in lower case, for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(userText, fc.string({ maxLength: 12 }), fc.constantFrom("1.1", "T1", "Polisen")),
        (text) => {
          expect(comparable(text)).toBe(
            text
              .replace(/[\s\u00a0]+/g, " ")
              .trim()
              .toLowerCase(),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("sameText", () => {
  it("answers as comparing the comparable keys does, for any two texts", () => {
    fc.assert(
      fc.property(userText, userText, (a, b) => {
        expect(sameText(a, b)).toBe(comparable(a) === comparable(b));
      }),
      { numRuns: 5000 },
    );
  });

  it("answers as comparing the keys does for texts that differ only in case or whitespace", () => {
    fc.assert(
      fc.property(lookalike, ([a, b]) => {
        expect(sameText(a, b)).toBe(comparable(a) === comparable(b));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Fyra möten", "fyra  MÖTEN ", true],
    ["Fyra möten", "Fyra möte", false],
    ["ab ", "ab", true],
    ["a b", "ab", false],
    ["\u212a", "k", true],
    ["ΑΣ", "ας", true],
    // Whitespace in one text only: at either end it folds away, inside it is a space the other lacks.
    ["ab", "ab ", true],
    ["ab", " ab", true],
    ["ab\u00a0\n", "AB", true],
    ["a b", "ab ", false],
    ["ab", "a b", false],
    ["ab\t", "ab c", false],
    ["", "  ", true],
    ["", "ab", false],
    ["ab", "", false],
    // Whitespace of another kind or length on both sides at the same place.
    ["a  b", "a\tb", true],
    ["a \u3000b", "a\u2003b", true],
    // ASCII that differs only in case, and ASCII that differs otherwise.
    ["Polisen", "pOLISEN", true],
    ["a?", "a_", false],
    ["a;", "a[", false],
    ["a@", "a`", false],
    // An ASCII character against one that is not: the lower case of the other decides.
    ["k", "\u212a", true],
    ["i\u0307", "İ", true],
    ["a", "å", false],
    ["a\u0080", "a\u007f", false],
    ["Ö", "ö", true],
    ["Ö", "o", false],
  ])("%j and %j are the same: %s", (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
    expect(comparable(a) === comparable(b)).toBe(same);
  });

  it("takes as whitespace exactly the characters \\s matches, and no other", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (sameText(`a${c}b`, "a b") !== /\s/.test(c)) wrong.push(`U+${code.toString(16).padStart(4, "0")}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["ab", "ab", 0],
    ["valider", "validera", 1],
    ["rapport", "raport", 1],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
  ])("from %j to %j takes %i edits", (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });
});

describe("nearest", () => {
  it.each([
    ["Delvis", GOAL_STATUSES, "Delvis uppfyllt"],
    ["ej", GOAL_STATUSES, "Ej bedömt"],
    ["Uppfylt", GOAL_STATUSES, "Uppfyllt"],
    ["VBB", PERIODS, "VB"],
    ["TI", PERIODS, "T1"],
    // A tie goes to the value listed first.
    ["T", PERIODS, "T1"],
    ["X", PERIODS, "T1"],
    // Nothing typed but whitespace: every value contains it, the shortest is nearest.
    ["  ", GOAL_STATUSES, "Uppfyllt"],
    [" ", ["Delvis uppfyllt", "Ej bedömt"], "Ej bedömt"],
  ])("suggests for %j among %j: %j", (typed, allowed, suggested) => {
    expect(nearest(typed, allowed)).toBe(suggested);
  });
});

describe("listSv", () => {
  it.each([
    [[], ""],
    [["Polisen"], "Polisen"],
    [["T1", "T2"], "T1 och T2"],
    [["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"], "Uppfyllt, Delvis uppfyllt och Ej uppfyllt"],
  ])("lists %j as %j", (items, text) => {
    expect(listSv(items)).toBe(text);
  });
});

describe("compareActivityNr", () => {
  it.each([
    ["1.2", "1.10"],
    ["1.9", "2"],
    ["1", "1.0"],
    ["1", "1.1"],
    ["1.1", "1.1.1"],
    // Part by part, not as text: 2 before its sub-activity 02.1, though "0" sorts before "2".
    ["2", "02.1"],
    ["1.00", "1.0.1"],
    // Parts that are not numbers go in Swedish alphabetical order: å after z.
    ["1.z", "1.å"],
    ["A", "Ö"],
  ])("puts %j before %j", (first, second) => {
    expect(compareActivityNr(first, second)).toBeLessThan(0);
    expect(compareActivityNr(second, first)).toBeGreaterThan(0);
  });

  it("puts a Nr level with itself", () => {
    expect(compareActivityNr("1.2", "1.2")).toBe(0);
  });
});

describe("groupDigits", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1 000"],
    [32767, "32 767"],
    [1048576, "1 048 576"],
    [1234567890, "1 234 567 890"],
  ])("writes %i as %j", (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });
});

describe("xmlSafeText", () => {
  it.each([
    ["Trygghetsvandring i Skärholmen", "Trygghetsvandring i Skärholmen"],
    ["rad 1\trad 2\nrad 3\r\n", "rad 1\trad 2\nrad 3\r\n"],
    ["Polisen 👮‍♀️ och 𝄞", "Polisen 👮‍♀️ och 𝄞"],
    ["a\u0000b\u0008c\u000bd\u000ce\u000ef\u001fg", "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg"],
    ["x\ufffey\uffff", "x\ufffdy\ufffd"],
    // Half of a surrogate pair alone: a high half before a letter or at the end, a low half
    // after a letter or at the start, the two halves the wrong way round.
    ["a\ud83db", "a\ufffdb"],
    ["a\ud83d", "a\ufffd"],
    ["a\udc6eb", "a\ufffdb"],
    ["\udc6ea", "\ufffda"],
    ["\udc6e\ud83d", "\ufffd\ufffd"],
  ])("makes %j into %j", (text, safe) => {
    expect(xmlSafeText(text)).toBe(safe);
  });
});
