import { describe, expect, it } from "vitest";
import { ImportError, importPlanDocument } from "../../src/import";
import { planDocx } from "../helpers/docx-fixtures";
import { newTableRows } from "./seed-helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);

const PLAN_TEXT = ["Åtgärdsplan för gemensamma prioriteringar", "1. Riktat arbete i utsatta områden"].join(
  "\n",
);

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("importPlanDocument: which reader a file goes to", () => {
  it.each(["plan.2026.txt", "Åtgärdsplan 2026", "plan.TXT"])(
    "reads %j as text by the extension after its last dot, or none",
    async (fileName) => {
      const result = await importPlanDocument({ fileName, data: utf8(PLAN_TEXT) }, { year: 2026 });
      expect(newTableRows(result.tables, "Omraden").map((row) => row.Område)).toEqual([
        "Riktat arbete i utsatta områden",
      ]);
    },
  );

  it.each(["Åtgärdsplan", "plan.bin"])(
    "reads a Word document named %j as Word, by its content",
    async (fileName) => {
      const data = await planDocx({
        title: "Åtgärdsplan",
        intro: [],
        contents: [],
        afterContents: [],
        sections: [{ level: 1, nr: "1", title: "Område", rows: [["Övergripande mål och syfte", ["Mål."]]] }],
        header: [],
        footer: [],
      });
      const result = await importPlanDocument({ fileName, data }, { year: 2026 });
      expect(result.summary.title).toBe("Åtgärdsplan");
      expect(newTableRows(result.tables, "Omraden").map((row) => row.Område)).toEqual(["Område"]);
    },
  );

  it("refuses a document with no numbered areas, saying what it looked for", async () => {
    const data = utf8("Protokoll från mötet\n\nVi talade om trygghet.");
    const error = await failure(importPlanDocument({ fileName: "protokoll.txt", data }, { year: 2026 }));
    expect(error.userMessage).toBe(
      '"protokoll.txt" ser inte ut som en åtgärdsplan: inga numrerade samverkansområden ' +
        '(till exempel "1. Riktat arbete i utsatta områden") hittades. Kontrollera att det är ' +
        "planen (Bilaga 7.1) och att områdenas och aktiviteternas rubriker börjar med sina nummer.",
    );
  });
});
