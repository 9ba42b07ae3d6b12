/** What every CLI command is: a name, an English alias, Swedish help and a run function. */
import type { ParseArgsConfig } from "node:util";

export interface Output {
  /** Standard output (results, `--json`). */
  out(text: string): void;
  /** Standard error (messages, progress). */
  err(text: string): void;
}

export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly positionals: readonly string[];
  /** Parsed options, by their long name. */
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly io: Output;
  /** Today as `YYYY-MM-DD` (the only clock the commands see). */
  readonly today: string;
}

export interface Command {
  /** The Swedish command name, e.g. "validera". */
  readonly name: string;
  /** The English alias, e.g. "validate". */
  readonly alias: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full Swedish help text shown by `atgardsplan KOMMANDO --help`. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  run(context: CommandContext): Promise<number>;
}
