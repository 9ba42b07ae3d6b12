/** The bytes of a file the user picked. */

/**
 * Reads with FileReader rather than `Blob.arrayBuffer()`, which older Office webviews
 * (and jsdom) lack.
 */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("FileReader returned no ArrayBuffer"));
    };
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
