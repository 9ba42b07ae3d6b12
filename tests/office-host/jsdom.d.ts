// The one jsdom API the Excel client loader uses (jsdom ships no types; @types/jsdom is not
// a dependency of this project).
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { readonly url?: string });
    readonly window: Window;
  }
}
