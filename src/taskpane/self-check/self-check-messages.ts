/** The words of "Kontrollera tillägget" (self-check-panel.tsx), in Swedish. */
export const SELF_CHECK_TEXT = {
  link: "Kontrollera tillägget",
  heading: "Kontrollera tillägget",
  intro:
    "Kontrollen prövar i din Excel allt som tillägget räknar med: Excel-version, hur celler och " +
    "sammanfogningar läses och skrivs, ändringshändelser, storlekar och inloggningen till SharePoint. " +
    "Den skriver bara på ett tillfälligt dolt blad som tas bort efteråt; dina egna blad ändras inte.",
  start: "Starta kontrollen",
  running: "Kontrollerar …",
  close: "Stäng",
  copy: "Kopiera resultat",
  copied: "Resultatet är kopierat. Klistra in det i ett mejl till supporten.",
  copyFailed: "Det gick inte att kopiera. Markera texten nedan och kopiera den själv.",
  textLabel: "Resultatet som text",
  summary: (passed: number, total: number) => `${passed} av ${total} kontroller godkända.`,
  title: "Kontroll av tillägget Åtgärdsplan",
  time: (when: string) => `Tid: ${when}`,
  browser: (agent: string) => `Webbläsare: ${agent}`,
  document: (url: string) => `Arbetsbok: ${url === "" ? "(ingen adress)" : url}`,
  failed: (message: string) => `Kontrollen kunde inte köras klart: ${message}`,
} as const;
