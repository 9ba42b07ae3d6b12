/**
 * The reporter's name, typed once and remembered in the browser (the add-in's and the
 * preview page's alike). Storage that is not there or refuses (private browsing, a policy)
 * only means the name is asked for again.
 */
const KEY = "atgardsplan.rapporteradAv";

export interface NameStore {
  get(): string | null;
  set(name: string): void;
}

export const browserNameStore: NameStore = {
  get() {
    try {
      return globalThis.localStorage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  },
  set(name) {
    try {
      globalThis.localStorage?.setItem(KEY, name);
    } catch {
      // Not remembered; asked for again next time.
    }
  },
};
