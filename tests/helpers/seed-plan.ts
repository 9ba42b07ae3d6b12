/**
 * The seed plan document (`shared/seed/atgardsplan-skarholmen.txt`, public municipal text)
 * as its author wrote it in Word: the title, the introduction, the table of contents, and
 * per area and activity a numbered heading and a two-column table of label and value
 * (the value's paragraphs one string each). Transcribed from the exported text: line wraps
 * joined with a space, page furniture left out. The import of the .txt must give exactly
 * this text, and so must a .docx built from it.
 */

export type SeedRow = readonly [label: string, paragraphs: readonly string[]];

export interface SeedSection {
  readonly level: 1 | 2;
  readonly nr: string;
  readonly title: string;
  readonly rows: readonly SeedRow[];
}

export interface PlanDocumentModel {
  readonly title: string;
  /** Paragraphs between the title and the table of contents. */
  readonly intro: readonly string[];
  /** The table of contents' entries, "1. Riktat arbete i utsatta områden", "1.1  Platssamverkan Vårberg". */
  readonly contents: readonly string[];
  /** Paragraphs after the table of contents ("Uppföljning av aktiviteter" …). */
  readonly afterContents: readonly string[];
  readonly sections: readonly SeedSection[];
  /** Page header and footer lines. */
  readonly header: readonly string[];
  readonly footer: readonly string[];
}

export const SEED_PLAN: PlanDocumentModel = {
  title: "Åtgärdsplan för gemensamma prioriteringar",
  intro: [
    "Beskrivning och disposition",
    "Åtgärdsplanen utgår från de prioriterade samverkansåtagandena som stadsdelsförvaltning, utbildningsförvaltning och lokalpolisområdet har kommit fram till med utgångspunkt i den gemensamma lokala lägesbilden. Till respektive prioriterat samverkansområde finns ett antal aktiviteter kopplade. Arbetet som utförs ska vara kunskapsbaserat och i möjligaste mån utgå från vad forskningen visat vara lämpliga åtgärder. Samverkansåtgärderna och tillhörande aktiviteter är strukturerade enligt nedan.",
  ],
  contents: [
    "1. Riktat arbete i utsatta områden",
    "1.1 Platssamverkan Vårberg",
    "1.2 Platssamverkan Bredäng",
    "2. Riktat arbete mot avgränsade platser",
    "2.1 Platssamverkan Sätra",
    "2.2 Platssamverkan Skärholmen",
    "2.3 Trygghetsinventeringar",
    "3. Unga i risk för kriminalitet",
    "3.1 Lokalt samverkanforum för barn, unga och unga vuxna",
    "3.2 Sociala insatsgrupper unga vuxna",
    "3.3 Sociala insatsgrupper unga 12-17 år",
  ],
  afterContents: [
    "Uppföljning av aktiviteter",
    "Arbetsgrupperna ansvarar för att konkretisera målen för arbetet och göra orsaksanalyser för att rikta åtgärderna rätt. För respektive aktivitet/samverkansgrupp finns en sammankallande. Den sammankallande har ansvar för att redovisning av uppföljning sker. Arbetsgruppen i sin helhet har ansvar för att aktiviteten genomförs och följs upp gemensamt. Uppföljning sker per tertial i detta dokument under respektive aktivitet.",
  ],
  header: ["Diarienummer: 6 av 14", "Lokalpolisområde xxx", "Xxx stadsdelsförvaltning:"],
  footer: ["Bilaga 7.1"],
  sections: [
    {
      level: 1,
      nr: "1",
      title: "Riktat arbete i utsatta områden",
      rows: [
        [
          "Övergripande mål och syfte",
          [
            "Det övergripande målet är att minska brottsligheten och öka den upplevda tryggheten för de som bor, verkar och vistas i de utsatta områdena inom Skärholmens stadsdelsförvaltning. Syftet är att de utsatta områdena i Stockholms stad inte längre ska klassas som utsatta enligt polisens nationella definition",
          ],
        ],
        [
          "Lägesbild",
          [
            "I Skärholmens stadsdelsområde är områdena Bredäng och Vårberg klassade som utsatta områden. Det sker öppen narkotikaförsäljning, ungdomsgäng, trapphushäng i fastigheter, påverkan på näringsidkare och lokalt baserade kriminella nätverk samt våld i offentlig miljö. För att vända utvecklingen i dessa områden krävs ett långsiktigt arbete som riktar sig mot flera samhällssektorer.",
          ],
        ],
        ["Ev. Strategidokument/policy", ["Trygghetsprogram Stockholms stad"]],
      ],
    },
    {
      level: 2,
      nr: "1.1",
      title: "Platssamverkan Vårberg",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Syftet är att öka förutsättningarna för att människor ska mötas, att den yttre miljön omhändertas och att förebygga och bryta negativ utveckling för barn, ungdomar och unga vuxna. Vårberg ska vara en attraktiv och trygg stadsdel att bo och verka i.",
          ],
        ],
        ["Mätbara mål", ["Trygghetsmätning. Andra mätbara mål under framtagande."]],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Samverkansgruppen träffas 1 gång/månad"]],
        ["Sammankallande", ["SDF preventionsstrateg"]],
        ["Stadsdelsförvaltningens kontakt", ["Preventionsstrateg"]],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef stadsmiljö, civilsamhälle och kultur",
            "Enhetschef medborgarservice och öppna verksamheter",
            "Enhetschef förskola",
          ],
        ],
        ["Stadsdelsförvaltningens åtagande", ["Sammankalla till möten, samordna och följa upp insatsen"]],
        ["Polisen kontakt", ["Kommunpoliser"]],
        [
          "Polisen övriga deltagare",
          ["Områdespoliser eller annan lämplig personalresurs, beroende på område och situation."],
        ],
        [
          "Polisen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
          ],
        ],
        ["Utbildningsförvaltningen kontakt", ["Rektor"]],
        ["Utbildningsförvaltningen övriga deltagare", []],
        ["Utbildningsförvaltningen åtagande", ["Närvara vid arbetsmöten samt utföra aktiviteter vid behov."]],
        [
          "Övriga deltagare",
          [
            "Weda",
            "Stena Fastigheter",
            "Einar Mattsson",
            "Svenska Bostäder",
            "Wonna I de Jong Fastigheter",
            "SKB",
            "SKAFAST",
            "SISAB",
            "Trafikkontoret",
            "Elsa 509 KB",
            "SL",
            "MTR",
            "SLK mobila ordningsvakter",
          ],
        ],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 2,
      nr: "1.2",
      title: "Platssamverkan Bredäng",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Syftet är att öka förutsättningarna för att människor ska mötas, att den yttre miljön omhändertas och att förebygga och bryta negativ utveckling för barn, unga och unga vuxna. Bredäng ska vara en attraktiv och trygg stadsdel att bo och verka i.",
          ],
        ],
        ["Ev. mätbara mål", ["Trygghetsmätningar. Andra mätbara mål under framtagande."]],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Samverkansgruppen träffas?"]],
        ["Sammankallande", ["SDF preventionsstrateg"]],
        ["Stadsdelsförvaltningens kontakt", ["Preventionsstrateg"]],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef stadsmiljö, civilsamhälle och kultur",
            "Enhetschef medborgarservice och öppna verksamheter",
            "Enhetschef Förskola",
          ],
        ],
        ["Stadsdelsförvaltningens åtagande", ["Sammankalla till möten, samordna och följa upp insatsen"]],
        ["Polisen kontakt", ["Kommunpoliser"]],
        [
          "Polisen övriga deltagare",
          ["Områdespoliser eller annan lämplig personalresurs, beroende på område och situation."],
        ],
        [
          "Polisen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
          ],
        ],
        ["Utbildningsförvaltningen kontakt", ["Biträdande rektor Bredängsskolan"]],
        ["Utbildningsförvaltningen övriga deltagare", []],
        [
          "Utbildningsförvaltningen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna resurser för områdets grundskola och kommunicera internt.",
          ],
        ],
        [
          "Övriga deltagare",
          [
            "Stena Fastigheter",
            "Fastpartner",
            "Wonna I de Jong Fastigheter",
            "Primula",
            "Byggvesta",
            "Keolis",
            "Svenska Bostäder",
            "SKB",
            "SKAFAST",
            "SISAB",
            "Trafikkontoret",
            "SL",
            "SLK mobila ordningsvakter",
            "MTR",
          ],
        ],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 1,
      nr: "2",
      title: "Riktat arbete mot avgränsade platser",
      rows: [
        [
          "Övergripande mål och syfte",
          [
            "Det övergripande målet är att minska brottsligheten och öka den upplevda tryggheten för de som bor, verkar och vistas i stadsdelsområdet. Syftet är att utveckla det trygghetsskapande och brottsförebyggande arbetet genom samverkan i geografiskt avgränsade områden som identifierats som otrygga.",
          ],
        ],
        [
          "Lägesbild",
          [
            "Vissa avgränsade platser har en sammansatt problematik kopplad till brott och otrygghet utan att de kan bedömas som utsatt områden. Denna problematik utmanar arbetet som utförs i linjeverksamheterna och kan komma att kräva en kraftsamling av flera aktörer under kortare eller längre tid. Beredskap behöver finnas för att utifrån behov skifta fokus från en plats till en annan.",
          ],
        ],
        ["Ev. Strategidokument/policy", ["Trygghetsprogram Stockholms stad"]],
      ],
    },
    {
      level: 2,
      nr: "2.1",
      title: "Platssamverkan Sätra",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Platssamverkan ska bidra till en förbättrad dialog och samverkan mellan lokalsamhället och myndigheter för att vidta åtgärder som leder till ökad trygghet. Denna samverkan berör platser/situationer som kräver en förstärkt insats. Formen kan se olika ut beroende på situation och anpassas efter den lokala lägesbilden och de lokala förutsättningarna.",
            "Samverkansgruppen ska också beakta synpunkter som inkommit vid stadsdelen av genomförda trygghetsmöten/enkäter för medborgare.",
          ],
        ],
        ["Ev. mätbara mål", ["Trygghetsmätningar. Andra mätbara mål under framtagande."]],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Samverkansgruppen träffas?"]],
        ["Sammankallande", ["SDF Preventionsstrateg"]],
        ["Stadsdelsförvaltningens kontakt", ["Preventionsstrateg"]],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef stadsmiljö, civilsamhälle och kultur",
            "Enhetschef medborgarservice och öppna verksamheter",
          ],
        ],
        ["Stadsdelsförvaltningens åtagande", ["Sammankalla till möten, samordna och följa upp insatsen"]],
        ["Polisen kontakt", ["Kommunpoliser"]],
        [
          "Polisen övriga deltagare",
          ["Områdespoliser eller annan lämplig personalresurs, beroende på område och situation."],
        ],
        [
          "Polisen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
          ],
        ],
        ["Utbildningsförvaltningen kontakt", ["Rektor Sätraskolan"]],
        ["Utbildningsförvaltningen övriga deltagare", []],
        [
          "Utbildningsförvaltningen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna resurser för områdets grundskola och kommunicera internt.",
          ],
        ],
        [
          "Övriga deltagare",
          [
            "Engelska skolan",
            "Stena Fastigheter",
            "Stockholmshem",
            "Einar Mattsson",
            "Åhnström och Pyk",
            "SKAFAST",
            "Trafikkontoret",
            "SISAB",
            "SL",
            "SLK mobila ordningsvakter",
            "MTR",
          ],
        ],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 2,
      nr: "2.2",
      title: "Platssamverkan Skärholmen",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Platssamverkan ska bidra till en förbättrad dialog och samverkan mellan lokalsamhället och myndigheter för att vidta åtgärder som leder till ökad trygghet. Denna samverkan berör platser/situationer som kräver en förstärkt insats. Formen kan se olika ut beroende på situation och anpassas efter den lokala lägesbilden och de lokala förutsättningarna.",
            "Samverkansgruppen ska också beakta synpunkter som inkommit vid stadsdelen av genomförda trygghetsmöten/enkäter för medborgare.",
          ],
        ],
        ["Ev. mätbara mål", ["Trygghetsmätningar. Andra mätbara mål under framtagande."]],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Samverkansgruppen träffas?"]],
        ["Sammankallande", ["SDF Preventionsstrateg"]],
        ["Stadsdelsförvaltningens kontakt", ["Preventionsstrateg"]],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef stadsmiljö, civilsamhälle och kultur",
            "Enhetschef medborgarservice och öppna verksamheter",
          ],
        ],
        ["Stadsdelsförvaltningens åtagande", ["Sammankalla till möten, samordna och följa upp insatsen"]],
        ["Polisen kontakt", ["Kommunpoliser"]],
        [
          "Polisen övriga deltagare",
          ["Områdespoliser eller annan lämplig personalresurs, beroende på område och situation."],
        ],
        [
          "Polisen åtagande",
          [
            "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
          ],
        ],
        ["Utbildningsförvaltningen kontakt", []],
        ["Utbildningsförvaltningen övriga deltagare", []],
        ["Utbildningsförvaltningen åtagande", []],
        [
          "Övriga deltagare",
          [
            "Grosvenor",
            "Svenska bostäder",
            "Stockholmshem",
            "Wonna I de Jong Fastigheter",
            "SKAFAST",
            "Trafikkontoret",
            "SISAB",
            "SL",
            "SLK mobila ordningsvakter",
            "MTR",
            "Keolis",
            "Svenska kyrkan",
            "Stockholm vatten och avlopp",
            "Kulturhuset Stadsteatern",
          ],
        ],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 2,
      nr: "2.3",
      title: "Trygghetsinventeringar",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Trygghetsinventering syftar till att samla kunskap om den lokala problembilden kopplat till yttre miljö för att kunna hålla området i gott skick. Vid inventeringar är det viktigt att flera perspektiv blir belysta. Både de som bor, verkar och de som har ansvar för att vidta åtgärder behöver göras delaktiga i inventeringarna. Exempel på aktiviteter kan vara trygghetsvandringar, centrumbesiktningar, insamlade synpunkter/felanmälningar via Tyck till-appen.",
            "Genom inventeringen dokumenteras platser och utrymmen som upplevs som otrygga eller riskerar att bli brottsplatser, samt vilka konkreta omständigheter som bidrar till problem. I processen ingår att ta fram förslag på lösningar. Trygghetsinventeringen ligger sedan till grund för åtgärder med tidsram för uppföljning.",
          ],
        ],
        ["Ev. mätbara mål", ["Trygghetsmätning"]],
        ["Löptid", ["Tillsvidare"]],
        [
          "Mötesfrekvens",
          ["Centrumbesiktning 1 per område och år (4)", "Trygghetsvandring 2 per område och år (8)"],
        ],
        ["Sammankallande", ["SDF Preventionsstrateg, enhetschef stadsmiljö, civilsamhälle och kultur?"]],
        [
          "Stadsdelsförvaltningens kontakt",
          ["Preventionsstrateg, Enhetschef stadsmiljö, civilsamhälle och kultur"],
        ],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef stadsmiljö, civilsamhälle och kultur, Enhetschef medborgarservice och öppna verksamheter, Enhetschef förskola i aktuellt område",
          ],
        ],
        ["Stadsdelsförvaltningens åtagande", ["Sammankalla till möten, samordna och följa upp insatsen"]],
        ["Polisen kontakt", ["Kommunpoliser"]],
        ["Polisen övriga deltagare", ["Områdespoliser eller annan lämplig personalresurs"]],
        ["Polisen åtagande", ["Delta i trygghetsinventering, bistå med brottsstatistik"]],
        ["Utbildningsförvaltningen kontakt", ["Rektor för grundskola i aktuellt område"]],
        ["Utbildningsförvaltningen övriga deltagare", []],
        ["Utbildningsförvaltningen åtagande", []],
        [
          "Övriga deltagare",
          [
            "Varierar utifrån behov. Exempel:",
            "Fastighetsägare",
            "Centrumägare",
            "Skafast",
            "Fritid, Fryshuset",
            "Förskola",
            "SISAB",
            "MTR",
            "Mobila ordningsvakter",
            "Trafikkontoret",
            "Butiksägare",
            "Föreningar och civilsamhälle",
            "Lämpliga fackförvaltningar",
            "Bostadsrättsföreningar",
          ],
        ],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 1,
      nr: "3",
      title: "Unga i risk för kriminalitet",
      rows: [
        [
          "Övergripande mål och syfte",
          [
            "Syftet är att (1) tidigt upptäcka och gemensamt agera avseende barn och unga som riskerar att hamna i ett kriminellt beteende, (2) förebygga och förhindra nyrekrytering till kriminella grupperingar samt (3) ge stöd till unga och unga vuxna att lämna en kriminell livsstil.",
          ],
        ],
        [
          "Lägesbild",
          [
            "I stadsdelsområdet finns en oro över att unga personer dras in i kriminalitet. Det sker genom påtryckningar, med hot och våld eller att lockas med belöningar som gör att yngre blir involverade i en kriminell verksamhet. Brottsaktiva personer behöver hjälp att bryta kriminellt beteende. Stadsdelsförvaltning, skola och polis behöver arbeta systematiskt för att motverka detta.",
          ],
        ],
        [
          "Strategidokument/policy",
          [
            "Stockholms stads strategi för att minska risken för att barn, unga och unga vuxna ska dras in i kriminalitet.",
          ],
        ],
      ],
    },
    {
      level: 2,
      nr: "3.1",
      title: "Lokalt samverkansforum för barn, unga och unga vuxna",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Samverkansgrupper där skola, förskola, socialtjänst, förebyggande/fritid och polis möts. Etablera strukturerad samverkan för att minska risken att barn och unga dras in i eller på annat sätt drabbas av kriminalitet. Mötena syftar till att:",
            "Fånga upp aktuella konkreta och /eller oroande frågor samt identifiera åtgärder",
            "Besluta och agera på uppkomna situationer",
            "Skapa kontaktnät och utbyta erfarenheter mellan verksamheterna",
            "Långsiktig planering för det förebyggande arbetet och omvärldsbevakning",
            "Strategisk samverkansgrupp",
            "Funktion: Mandat att prioritera/prioritera om resurser, utveckla/implementera nya arbetssätt utifrån behov uttryckta i lägesbild och operativ samverkansgrupp.",
            "Deltagande: Gruppchef områdespolis, gruppchef grupp 9, enhetschef socialtjänst barn- och ungdom, rektorer, enhetschef förebyggande enhet (sammankallande).",
            "Mötesfrekvens: var tredje vecka.",
            "Operativ samverksgrupp",
            "Funktion: utföra orosanmälan i samverkan dvs utbyta information och agera gemensamt utifrån beslutad process och respektive kärnuppdrag.",
            "Deltagande: områdespolis, biträdande rektorer, socialsekreterare utredning barn- och ungdom, enhetschef förebyggande enhet (sammankallande).",
            "Mötesfrekvens: varje vecka.",
          ],
        ],
        ["Ev. mätbara mål", ["Under framtagande."]],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Varje vecka"]],
        ["Sammankallande", ["Enhetschef förebyggande enhet"]],
        ["Stadsdelsförvaltningens kontakt", ["Strateg trygghet"]],
        [
          "Stadsdelsförvaltningens övriga deltagare",
          [
            "Enhetschef Barn- och ungdomsenheten, Resursenheten samt vuxenenheten (unga vuxna), enhetschef förebyggande enhet, enhetschef förskola vid behov, enhetschef Resursenheten vid behov.",
          ],
        ],
        [
          "Stadsdelsförvaltningens åtagande",
          [
            "Informera utifrån de olika deltagande verksamheternas perspektiv. Identifiera avvikelser tillsammans med övriga deltagare och föreslå åtgärder utifrån avvikelsen.",
          ],
        ],
        ["Polisen kontakt", ["Gruppchef områdespolis"]],
        ["Polisen övriga deltagare", ["Lämplig personalresurs, beroende på område och situation"]],
        [
          "Polisen åtagande",
          [
            "Informera utifrån polisens perspektiv.",
            "Identifiera avvikelser tillsammans med övriga deltagare och föreslå åtgärder utifrån avvikelsen.",
          ],
        ],
        ["Utbildningsförvaltningen kontakt", ["Rektor för grundskola"]],
        ["Utbildningsförvaltningen övriga deltagare", ["Biträdande rektor"]],
        [
          "Utbildningsförvaltningen åtagande",
          [
            "Identifiera avvikelser tillsammans med övriga deltagare och föreslå åtgärder utifrån avvikelsen.",
          ],
        ],
        ["Övriga deltagare", ["Fristående förskolor- och skolors rektorer"]],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 2,
      nr: "3.2",
      title: "Sociala insatsgrupper unga vuxna (från 18 år)",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Stötta och hjälpa unga vuxna att bryta med kriminella nätverk och/eller en kriminell livsstil. I ett vidare perspektiv syftar Sociala insatsgrupper till att bidra till ökad trygghet och säkerhet för boende i området samt förebygga gängkriminalitet och organiserad brottslighet.",
          ],
        ],
        ["Ev. mätbara mål", []],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Vid behov, möte SIG-samordnare och polis minst en gång /månad"]],
        ["Sammankallande", ["SDF SIG-samordnare"]],
        ["Stadsdelsförvaltningens kontakt", ["SIG-samordnare"]],
        ["Stadsdelsförvaltningens övriga deltagare", ["Socialsekreterare socialtjänstens vuxenenhet"]],
        ["Stadsdelsförvaltningens åtagande", ["Driva arbetet framåt"]],
        ["Polisen kontakt", ["Operativ koordinator"]],
        ["Polisen övriga deltagare", []],
        ["Polisen åtagande", ["Delta vid avstämningar, bidra med aktuell lägesbild"]],
        ["Utbildningsförvaltningen kontakt", []],
        ["Utbildningsförvaltningen övriga deltagare", []],
        ["Utbildningsförvaltningen åtagande", []],
        ["Övriga deltagare", ["Jobbtorg, Frivården, Kriminalvården"]],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
    {
      level: 2,
      nr: "3.3",
      title: "Sociala insatsgrupper unga (12-17 år)",
      rows: [
        [
          "Beskrivning och syfte",
          [
            "Syftet med SIG är att socialtjänsten i samarbete med polis och skola med flera aktörer snabbt ska kunna stötta och hjälpa unga i brottslighet att bryta en destruktiv utveckling. I ett vidare perspektiv syftar SIG också till att bidra till ökad trygghet och säkerhet för de som bor och vistas i staden samt förebygga nätverkskriminalitet och organiserad brottslighet. Målet är att den unge ska upphöra med brottslighet samt bryta eller undgå att dras in i en kriminell livsstil.",
          ],
        ],
        ["Ev. mätbara mål", []],
        ["Löptid", ["Tillsvidare"]],
        ["Mötesfrekvens", ["Utifrån behov i enskilda fall."]],
        ["Sammankallande", ["SDF SIG-samordnare"]],
        ["Stadsdelsförvaltningens kontakt", ["SIG-samordnare"]],
        ["Stadsdelsförvaltningens övriga deltagare", []],
        ["Stadsdelsförvaltningens åtagande", ["Driva arbetet framåt"]],
        ["Polisen kontakt", ["Operativ koordinator"]],
        ["Polisen övriga deltagare", []],
        ["Polisen åtagande", ["Delta vid avstämningar, bidra med aktuell lägesbild"]],
        ["Utbildningsförvaltningen kontakt", ["Rektor"]],
        ["Utbildningsförvaltningen övriga deltagare", ["Utifrån behov"]],
        ["Utbildningsförvaltningen åtagande", ["Delta vid avstämningar."]],
        ["Övriga deltagare", ["Jobbtorg,"]],
        ["Finansiering", ["Respektive part bär sina egna personalkostnader"]],
        ["Kommunikation", ["Enligt upprättad kommunikationsplan i samverkansöverenskommelsen"]],
        ["Uppföljning T1", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Uppföljning T2", ["Är målet nått? Vilka aktiviteter har genomförts?"]],
        ["Verksamhetsberättelse", ["Är målet nått?", "Vilka aktiviteter har genomförts?"]],
      ],
    },
  ],
};
