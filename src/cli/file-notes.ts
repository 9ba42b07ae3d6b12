/** Notes about the file a command wrote, on standard error. */

/** The file written through a symbolic link: the link stays, the file it points to is written. */
export function throughLinkNote(link: string, target: string): string {
  return `Obs: ${link} är en länk. Filen den pekar på, ${target}, skrevs; länken är kvar.`;
}
