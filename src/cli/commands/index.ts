/**
 * Every command of the CLI, in the order `--help` lists them. One file per command. A
 * command file imports only what its name, help and options need (src/plan, the CLI's own
 * helpers); the adapters its run needs (the workbook writer, the Word reader, SharePoint)
 * it loads with import() when it runs, so that starting one command never loads another's.
 * tests/cli/lazy-loading.test.ts holds each command to that.
 */
import type { Command } from "../command";
import { mallCommand } from "./mall";
import { valideraCommand } from "./validera";
import { importeraCommand } from "./importera";
import { rapportCommand } from "./rapport";
import { forberedCommand } from "./forbered";
import { kopplaCommand } from "./koppla";
import { nyttArCommand } from "./nytt-ar";
import { sammanstallCommand } from "./sammanstall";
import { paminnCommand } from "./paminn";

export const COMMANDS: readonly Command[] = [
  mallCommand,
  valideraCommand,
  importeraCommand,
  rapportCommand,
  forberedCommand,
  paminnCommand,
  kopplaCommand,
  nyttArCommand,
  sammanstallCommand,
];
