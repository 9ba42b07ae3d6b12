/**
 * Saving a file the pane made (the report as a Word document) through the browser's
 * download: an object URL on a hidden link, clicked. The preview page saves its workbook
 * the same way.
 */

/** Long enough for the browser to have started saving the file. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `bytes` as `fileName` with the browser's download. */
export async function downloadFile(fileName: string, bytes: Uint8Array, type: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** How the pane hands a file to the user; the browser's download unless the host gives another. */
export type SaveFile = (fileName: string, bytes: Uint8Array, type: string) => Promise<void>;
