/**
 * jsdom lays nothing out: every element's offsetParent is null and the body measures 0 × 0.
 * Tabster, Fluent UI's focus manager, reads that as "display: none" and finds nothing
 * focusable, which no browser does. A modal Dialog then cannot move focus to its first
 * button and focuses its surface instead; tabster never activates the dialog's modalizer and,
 * 250 ms after the dialog appears, hides it (aria-hidden) as an inactive one. A test that
 * looks for the dialog's buttons before those 250 ms finds them, one that looks later (a
 * loaded machine) never does. With this, elements in the document have an offsetParent and
 * the body a size, so focus goes where a browser sends it and the race is gone.
 */
const layout = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");

export function layOutLikeABrowser(): () => void {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected && this !== document.body ? (this.parentElement ?? document.body) : null;
    },
  });
  const measure = document.body.getBoundingClientRect;
  document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 320, height: 640 });
  return () => {
    if (layout) Object.defineProperty(HTMLElement.prototype, "offsetParent", layout);
    document.body.getBoundingClientRect = measure;
  };
}
