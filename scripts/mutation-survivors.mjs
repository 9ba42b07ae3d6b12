// Every mutant StrykerJS could not kill, from its reports (reports/mutation/<scope>.json), with
// why it lives from docs/mutation-reasons/*.json, written to docs/mutation-survivors.md.
// `node scripts/mutation-survivors.mjs [plan import write]`. Exits 1 when a survivor has no
// reason: then either a test is missing or the reason is, and both are to be written.
//
// A reason matches a mutant of its file by what the mutant is, not by line number (lines move
// as the code is edited): the mutator's name, text the mutated code contains and text the
// replacement contains, and text the mutant's source line contains ("line", to tell apart two
// lines with the same code), each optional. The first reason of the file that matches is taken.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";
import { readReport, runOf } from "./mutation-report.mjs";

// Several files, each keyed by source file, so that reasons for different parts of the code are
// written and merged apart.
const REASONS = "docs/mutation-reasons";
const OUT = "docs/mutation-survivors.md";
const scopes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["plan", "import", "write"];

/** @type {Record<string, { mutator?: string, original?: string, replacement?: string, line?: string, why: string }[]>} */
const reasons = {};
for (const name of existsSync(REASONS) ? readdirSync(REASONS).sort() : []) {
  if (!name.endsWith(".json")) continue;
  for (const [file, list] of Object.entries(JSON.parse(readFileSync(`${REASONS}/${name}`, "utf8")))) {
    (reasons[file] ??= []).push(...list);
  }
}

/** The mutated code, from its location in the file's source (lines and columns count from 1). */
function originalOf(source, location) {
  const lines = source.split("\n");
  const { start, end } = location;
  if (start.line === end.line) return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1);
  const first = (lines[start.line - 1] ?? "").slice(start.column - 1);
  const last = (lines[end.line - 1] ?? "").slice(0, end.column - 1);
  return [first, ...lines.slice(start.line, end.line - 1), last].join("\n");
}

function oneLine(text, max = 90) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function code(text) {
  const flat = oneLine(text);
  return flat.includes("`") ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

function reasonFor(file, mutant, original, line) {
  for (const r of reasons[file] ?? []) {
    if (r.mutator !== undefined && r.mutator !== mutant.mutatorName) continue;
    if (r.original !== undefined && !original.includes(r.original)) continue;
    if (r.line !== undefined && !line.includes(r.line)) continue;
    if (r.replacement !== undefined && !(mutant.replacement ?? "").includes(r.replacement)) continue;
    return r.why;
  }
  return null;
}

const out = [
  "# Surviving mutants",
  "",
  "Written by `node scripts/mutation-survivors.mjs` from the last `npm run mutate` of each scope",
  "(reports/mutation/<scope>.json) and the reasons in `docs/mutation-reasons/*.json`; do not edit",
  "it by hand. Every mutant a test of its scope did not kill is here, by file: its line, Stryker's",
  "mutator, the code it changed and what to, and why it lives. How the runs are made and what the",
  "figures are: [mutation-testing.md](mutation-testing.md).",
  "",
];
let unexplained = 0;
let missing = false;
for (const scope of scopes) {
  const report = readReport(scope);
  if (report === null) {
    missing = true;
    continue;
  }
  const lines = [];
  let count = 0;
  let scopeUnexplained = 0;
  for (const [file, entry] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const alive = entry.mutants
      .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
      .sort(
        (a, b) =>
          a.location.start.line - b.location.start.line ||
          a.location.start.column - b.location.start.column ||
          a.mutatorName.localeCompare(b.mutatorName) ||
          (a.replacement ?? "").localeCompare(b.replacement ?? ""),
      );
    if (alive.length === 0) continue;
    lines.push(`### ${file} (${alive.length})`, "");
    for (const m of alive) {
      const original = originalOf(entry.source, m.location);
      const line = entry.source.split("\n")[m.location.start.line - 1] ?? "";
      const why = reasonFor(file, m, original, line);
      if (why === null) {
        scopeUnexplained++;
        console.error(
          `${file}:${m.location.start.line} ${m.mutatorName} ${oneLine(original, 60)} → ${oneLine(m.replacement ?? "", 60)}`,
        );
      }
      const status = m.status === "NoCoverage" ? " (no test of the scope runs it)" : "";
      lines.push(
        `- ${m.location.start.line}: ${m.mutatorName} ${code(original)} → ${code(m.replacement ?? "")}${status} — ${why ?? "**not explained**"}`,
      );
    }
    lines.push("");
    count += alive.length;
  }
  const { whole, incremental } = runOf(report);
  const run = `${whole ? "whole scope" : "core files only"}${incremental ? ", incremental" : ""}`;
  const unexplainedText = scopeUnexplained > 0 ? `, ${scopeUnexplained} not explained` : "";
  out.push(`## ${scope} (${run}; ${count} alive${unexplainedText})`, "", ...lines);
  unexplained += scopeUnexplained;
  console.log(`${scope.padEnd(7)} ${count} levande mutanter, ${scopeUnexplained} utan förklaring`);
}
// Written as prettier would wrap it, so that `npm run lint` passes without a second step.
const markdown = `${out.join("\n").trimEnd()}\n`;
const options = (await prettier.resolveConfig(OUT)) ?? {};
writeFileSync(OUT, await prettier.format(markdown, { ...options, filepath: OUT }));
process.exit(missing || unexplained > 0 ? 1 : 0);
