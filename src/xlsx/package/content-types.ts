/** `[Content_Types].xml`: what a part is, declared for a new part and forgotten for a removed one. */
import { childElements, newElement, parseXml, rootOf, serializeXml } from "./xml";

function samePart(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The content type declared for `part` (its Override, else its extension's Default), or null. */
export function contentTypeOf(xml: string, part: string): string | null {
  const root = rootOf(parseXml(xml));
  const override = childElements(root, "Override").find((o) =>
    samePart(o.getAttribute("PartName") ?? "", `/${part}`),
  );
  if (override) return override.getAttribute("ContentType");
  const extension = part.slice(part.lastIndexOf(".") + 1);
  const declared = childElements(root, "Default").find((d) =>
    samePart(d.getAttribute("Extension") ?? "", extension),
  );
  return declared?.getAttribute("ContentType") ?? null;
}

/** Declares `part` as `contentType` (an Override, replacing one there was). */
export function addOverride(xml: string, part: string, contentType: string): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  const name = `/${part}`;
  for (const o of childElements(root, "Override")) {
    if (samePart(o.getAttribute("PartName") ?? "", name)) root.removeChild(o);
  }
  root.appendChild(newElement(root, "Override", { PartName: name, ContentType: contentType }));
  return serializeXml(document);
}

/** Declares the extension's content type, unless the package declares one already. */
export function addDefault(xml: string, extension: string, contentType: string): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  if (childElements(root, "Default").some((d) => samePart(d.getAttribute("Extension") ?? "", extension)))
    return xml;
  const first = childElements(root)[0] ?? null;
  root.insertBefore(newElement(root, "Default", { Extension: extension, ContentType: contentType }), first);
  return serializeXml(document);
}

/** Forgets the Overrides of parts that are gone. */
export function removeOverrides(xml: string, parts: readonly string[]): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  let removed = false;
  for (const o of childElements(root, "Override")) {
    const name = o.getAttribute("PartName") ?? "";
    if (parts.some((part) => samePart(name, `/${part}`))) {
      root.removeChild(o);
      removed = true;
    }
  }
  return removed ? serializeXml(document) : xml;
}
