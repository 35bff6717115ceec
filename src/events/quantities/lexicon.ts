/**
 * Figures as data: number words, vague amounts and the hedges around them, and the words that say what a figure
 * counts (killed, injured, captured, missing, displaced). Vague amounts give a lower bound and never an invented
 * best guess: "dozens" is at least 24 (two dozen), "hundreds" at least 200.
 */
export type QuantityKind = "killed" | "injured" | "captured" | "missing" | "displaced" | "other";

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  dozen: 12,
};

export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, mln: 1e6, bn: 1e9, m: 1e6 };

/** Vague amounts: the least they can mean. */
export const VAGUE_AMOUNTS: { words: string[]; low: number; example: string }[] = [
  { words: ["tens", "of", "thousands"], low: 20000, example: "tens of thousands fled" },
  { words: ["hundreds", "of", "thousands"], low: 200000, example: "hundreds of thousands displaced" },
  { words: ["dozens"], low: 24, example: "dozens of people were killed" },
  { words: ["scores"], low: 40, example: "scores were injured" },
  { words: ["hundreds"], low: 200, example: "hundreds more injured" },
  { words: ["thousands"], low: 2000, example: "thousands were displaced" },
  { words: ["millions"], low: 2000000, example: "millions have fled" },
  { words: ["several"], low: 3, example: "several soldiers were captured" },
  { words: ["a", "few"], low: 2, example: "a few were hurt" },
  { words: ["a", "handful"], low: 2, example: "a handful were detained" },
  { words: ["a", "dozen"], low: 12, example: "a dozen were wounded" },
];

/** Hedges before a figure: which bound the figure gives. "best" is an estimate of the value itself. */
export const FIGURE_HEDGES: { words: string[]; bound: "low" | "high" | "best"; example: string }[] = [
  { words: ["more", "than"], bound: "low", example: "more than 4,300" },
  { words: ["at", "least"], bound: "low", example: "at least 210" },
  { words: ["over"], bound: "low", example: "over 100 killed" },
  { words: ["upwards", "of"], bound: "low", example: "upwards of 50" },
  { words: ["in", "excess", "of"], bound: "low", example: "in excess of 1,000" },
  { words: ["no", "fewer", "than"], bound: "low", example: "no fewer than 20" },
  { words: ["nearly"], bound: "high", example: "nearly 500" },
  { words: ["almost"], bound: "high", example: "almost 500" },
  { words: ["up", "to"], bound: "high", example: "up to 300" },
  { words: ["as", "many", "as"], bound: "high", example: "as many as 300" },
  { words: ["fewer", "than"], bound: "high", example: "fewer than 10" },
  { words: ["less", "than"], bound: "high", example: "less than 10" },
  { words: ["under"], bound: "high", example: "under 10" },
  { words: ["close", "to"], bound: "high", example: "close to 100" },
  { words: ["roughly"], bound: "best", example: "roughly 200" },
  { words: ["about"], bound: "best", example: "about 200" },
  { words: ["around"], bound: "best", example: "around 200" },
  { words: ["approximately"], bound: "best", example: "approximately 200" },
  { words: ["some"], bound: "best", example: "some 200 soldiers" },
  { words: ["an", "estimated"], bound: "best", example: "an estimated 200" },
  { words: ["estimated"], bound: "best", example: "estimated 200" },
];

/** Words after a figure (or just before it) that say what it counts. */
export const KIND_WORDS: Record<string, QuantityKind> = {
  killed: "killed", dead: "killed", died: "killed", die: "killed", dies: "killed", deaths: "killed", death: "killed",
  lives: "killed", fatalities: "killed", perished: "killed", slain: "killed", killing: "killed", bodies: "killed",
  toll: "killed", drowned: "killed", murdered: "killed", executed: "killed",
  injured: "injured", wounded: "injured", hurt: "injured", injuries: "injured", injuring: "injured", wounding: "injured",
  hospitalised: "injured", hospitalized: "injured", casualties: "injured",
  captured: "captured", prisoners: "captured", prisoner: "captured", pows: "captured", detained: "captured",
  arrested: "captured", abducted: "captured", kidnapped: "captured", hostages: "captured", hostage: "captured",
  captive: "captured", captives: "captured",
  missing: "missing", unaccounted: "missing",
  displaced: "displaced", refugees: "displaced", fled: "displaced", evacuated: "displaced", homeless: "displaced",
  uprooted: "displaced", evacuees: "displaced",
};

/** People nouns: a figure of these with no kind word is still a figure worth keeping (kind "other"). */
export const PEOPLE_NOUNS = new Set([
  "people", "persons", "civilians", "soldiers", "troops", "residents", "children", "women", "men", "fighters",
  "militants", "police", "officers", "protesters", "demonstrators", "workers", "passengers", "migrants", "pirates",
  "servicemen", "personnel", "students", "victims", "inhabitants", "citizens", "villagers", "sailors", "crew",
]);

/** Words that end the phrase naming whom a figure counts. */
export const OF_STOP = new Set([
  "have", "has", "had", "were", "was", "are", "is", "been", "be", "being", "who", "that", "which", "and", "or", ",",
  "in", "on", "at", "since", "after", "during", "from", "by", "with", ".", ";", ":", "more", "as", "according", "the",
  "to", "said", "say", "says", "reportedly", "also", "all", "so", "far", "now",
]);

/** Cues of who gives a figure. */
export const CLAIM_CUES = new Set([
  "said", "says", "say", "estimated", "estimate", "estimates", "claimed", "claims", "claim", "reported", "reports",
  "told", "announced", "stated", "believe", "believes", "put", "puts", "confirmed", "confirms",
]);

/** Phrases that leave a figure unconfirmed, tested against the sentence in lower case. */
export const UNCONFIRMED = /\b(yet to be (independently )?(confirmed|verified)|not (been |yet been |be )?(independently )?(confirmed|verified)|unconfirmed|unverified|could not (be )?(independently )?(confirm|verify|verified|confirmed)|cannot (be )?(independently )?(confirm|verify|verified|confirmed))\b/;
export const CONFIRMED = /\b(confirmed|confirms|verified)\b/;
