/**
 * Printing with LibreOffice, a reader independent of our writers: a workbook or a Word
 * document converted to PDF, and the PDF read back page by page with poppler-utils
 * (pdfinfo, pdftotext, pdftoppm). `.ci/run` installs both.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { ROOT } from "./cli";
import { hasTools, PDFINFO, PDFTOPPM, PDFTOTEXT, SOFFICE } from "./external-tools";

/**
 * Whether soffice and poppler-utils are installed; when they are not, says on the console
 * which tests (`tests`, in Swedish) are skipped and how to install what is missing.
 */
export function hasLibreOffice(tests: string): boolean {
  return hasTools(tests, [SOFFICE, PDFTOTEXT, PDFINFO, PDFTOPPM]);
}

export const ARTIFACTS = join(ROOT, "tests", "artifacts");

export interface PdfPage {
  /** As pdfinfo says it, e.g. "595.276 x 841.89 pts (A4)". */
  readonly size: string;
  /** The page's text, laid out as on the page. */
  readonly text: string;
}

/** Every page of the PDF: its size and its text. */
export function pagesOf(pdf: string): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1] ?? "");
  return sizes.map((size, i) => ({
    size,
    text: execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], {
      encoding: "utf8",
    }),
  }));
}

/** Converts `file` (.xlsx or .docx) to PDF in `dir` with LibreOffice; returns the PDF's path. */
export function convertToPdf(file: string, dir: string): string {
  const profile = `file://${join(dir, "lo-profile")}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    { timeout: 180_000, stdio: "ignore" },
  );
  return join(dir, basename(file).replace(/\.\w+$/, ".pdf"));
}

/** Prints `file` to PDF with LibreOffice and returns the PDF's pages. */
export function printed(file: string, dir: string): PdfPage[] {
  return pagesOf(convertToPdf(file, dir));
}

/** A page rendered as RGB pixels (pdftoppm's PPM). */
export interface PageImage {
  readonly width: number;
  readonly height: number;
  /** The pixel's [r, g, b]. */
  readonly at: (x: number, y: number) => readonly [number, number, number];
}

export function pageImage(pdf: string, page: number, dpi = 50): PageImage {
  const ppm = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // P6 <width> <height> <max>\n then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm gav ingen PPM-bild");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return {
    width,
    height,
    at: (x, y) => {
      const i = start + 3 * (y * width + x);
      return [ppm[i] ?? 0, ppm[i + 1] ?? 0, ppm[i + 2] ?? 0];
    },
  };
}

/** How many of the page's pixels are within `tolerance` of the colour RRGGBB. */
export function pixelsOf(image: PageImage, color: string, tolerance = 12): number {
  const want = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16));
  let count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const px = image.at(x, y);
      if (px.every((v, i) => Math.abs(v - (want[i] ?? 0)) <= tolerance)) count++;
    }
  }
  return count;
}

/** Saves page `page` of the PDF as tests/artifacts/<name>.png, for a person to look at. */
export function savePagePng(pdf: string, page: number, name: string, dpi = 110): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const stem = join(ARTIFACTS, name);
  execFileSync("pdftoppm", [
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    String(dpi),
    "-png",
    "-singlefile",
    pdf,
    stem,
  ]);
  return `${stem}.png`;
}

/**
 * Whether soffice is installed; when it is not, says on the console which tests (`tests`,
 * in Swedish) are skipped and how to install it.
 */
export function hasSoffice(tests: string): boolean {
  return hasTools(tests, [SOFFICE]);
}

/**
 * Converts `files` to `format` ("xlsx": LibreOffice's own parts; "pdf": how it prints) into
 * `outdir`, with a profile folder under `profile`, so that tests running at once do not meet.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outdir: string,
  profile: string,
): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(profile, "lo-profil")}`,
      "--convert-to",
      format,
      "--outdir",
      outdir,
      ...files,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
}
