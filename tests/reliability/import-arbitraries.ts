/**
 * Text to import: anything at all, and the seed plan document with lines dropped, repeated,
 * swapped, cut short or replaced — the ways a document pasted between programs breaks.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const SEED = readFileSync(
  fileURLToPath(new URL("../../examples/atgardsplan-skarholmen.txt", import.meta.url)),
  "utf8",
).split("\n");

const editArb = fc.record({
  kind: fc.constantFrom("drop", "repeat", "swap", "cut", "replace", "number"),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("1.", "1.1", "2.1 Aktivitet", "Sammankallande:", "Deltagare:", "T1", "Målet nått?", ""),
  ),
});

/** The seed document after a few edits. */
const editedSeedArb = fc.array(editArb, { minLength: 1, maxLength: 12 }).map((edits) => {
  const lines = [...SEED];
  for (const { kind, at, other, text } of edits) {
    if (lines.length === 0) break;
    const i = at % lines.length;
    const j = other % lines.length;
    const line = lines[i] ?? "";
    if (kind === "drop") lines.splice(i, 1);
    else if (kind === "repeat") lines.splice(i, 0, line);
    else if (kind === "swap") [lines[i], lines[j]] = [lines[j] ?? "", line];
    else if (kind === "cut") lines.splice(i);
    else if (kind === "replace") lines[i] = text;
    else lines[i] = line.replace(/\d+/, String(other % 30));
  }
  return lines.join("\n");
});

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

export const importTextArb: fc.Arbitrary<{ fileName: string; data: Uint8Array }> = fc.oneof(
  editedSeedArb.map((text) => ({ fileName: "plan.txt", data: utf8(text) })),
  fc.string({ unit: "grapheme", maxLength: 400 }).map((text) => ({ fileName: "plan.txt", data: utf8(text) })),
  fc.string({ unit: "binary", maxLength: 200 }).map((text) => ({ fileName: "plan.txt", data: utf8(text) })),
  fc.uint8Array({ maxLength: 300 }).map((data) => ({ fileName: "plan.txt", data })),
  fc.uint8Array({ maxLength: 300 }).map((data) => ({ fileName: "plan.docx", data })),
);
