/** Every command of the CLI, in the order `--help` lists them. One file per command. */
import type { Command } from "../command";

export const COMMANDS: readonly Command[] = [];
