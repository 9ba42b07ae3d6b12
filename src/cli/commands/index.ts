/** Every command of the CLI, in the order `--help` lists them. One file per command. */
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
