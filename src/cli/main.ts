/**
 * `atgardsplan`: the command line. Parses arguments, runs one command and turns faults into
 * a Swedish message and exit status 2 (never a stack trace).
 */
import { parseArgs } from "node:util";
import type { Command, Output } from "./command";
import { COMMANDS } from "./commands";
import { CliError, EXIT_INPUT, EXIT_OK } from "./cli-error";
import { editDistance } from "../plan";

const GENERAL_HELP = (commands: readonly Command[]): string =>
  [
    "atgardsplan – åtgärdsplanen för gemensamma prioriteringar i Excel",
    "",
    "Användning: atgardsplan KOMMANDO [ARGUMENT] [FLAGGOR]",
    "",
    "Kommandon:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary} (engelska: ${c.alias})`),
    "",
    "Skriv atgardsplan KOMMANDO --help för hjälp om ett kommando.",
    "Slutstatus: 0 klart, 1 valideringen hittade fel, 2 fel i anrop eller indata.",
  ].join("\n");

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name || c.alias === name);
}

/**
 * The command name (or English alias) a mistyped name most likely meant: one it begins or
 * is begun by ("valider" → "validera"), else one at most two edits away; null when none is.
 */
export function suggestCommand(typed: string): string | null {
  const key = typed.toLowerCase();
  if (key.length < 3) return null;
  const names = COMMANDS.flatMap((c) => [c.name, c.alias]);
  const prefixed = names.find((n) => n.startsWith(key) || key.startsWith(n));
  if (prefixed) return prefixed;
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(key, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

export async function runCli(argv: readonly string[], io: Output, today = todayIso()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "hjalp" || name === "hjälp") {
    io.out(GENERAL_HELP(COMMANDS));
    return name === undefined ? EXIT_INPUT : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.out("atgardsplan 0.1.0");
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    const suggestion = suggestCommand(name);
    const hint = suggestion === null ? "" : ` Menade du "${suggestion}"?`;
    io.err(`Okänt kommando "${name}".${hint} Skriv atgardsplan --help för att se kommandona.`);
    return EXIT_INPUT;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(command.help);
      return EXIT_OK;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (cause) {
      throw new CliError(`${usageMessage(cause)}\n\n${command.help}`, { cause });
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values, io, today });
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return EXIT_INPUT;
    }
    if (error instanceof Error && "userMessage" in error && typeof error.userMessage === "string") {
      io.err(error.userMessage);
      return EXIT_INPUT;
    }
    io.err(`Oväntat fel: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INPUT;
  }
}

function usageMessage(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) return `Okänd flagga ${unknown[1]}.`;
  const missing =
    /Option '([^']+)[^']*' argument missing/.exec(text) ??
    /Option '([^' ]+)[^']*' argument is ambiguous/.exec(text);
  if (missing) return `Flaggan ${missing[1]} behöver ett värde.`;
  return `Felaktiga argument: ${text}`;
}
