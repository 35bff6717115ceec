/** The small hand-made tables: countries (data/geo/countries.tsv) and features (data/geo/features.tsv), loaded once on first use. */
import { readFileSync } from "node:fs";
import { packagePath } from "../../util/paths.js";
import { isAcronymAlias, placeKey } from "./normalize.js";

export interface CountryRecord {
  iso2: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  lat?: number;
  lon?: number;
  capital?: string;
  capitalGeonameId?: number;
  timezone?: string;
}

export interface FeatureRecord {
  name: string;
  aliases: string[];
  kind: "region" | "feature";
  precision: "point" | "region";
  type: string;
  lat: number;
  lon: number;
  country?: string;
  source: string;
  timezone?: string;
}

/** A name → records map that remembers which names only count when written in capitals ("US", "CAR"). */
export interface NameIndex<T> {
  byKey: Map<string, { record: T; acronym: boolean }[]>;
}

function addName<T>(index: NameIndex<T>, name: string, record: T): void {
  const key = placeKey(name);
  if (!key) return;
  const entries = index.byKey.get(key) ?? [];
  const acronym = isAcronymAlias(name);
  // The same record under the same key once; a non-acronym spelling wins over the acronym one.
  const existing = entries.find((e) => e.record === record);
  if (existing) existing.acronym &&= acronym;
  else entries.push({ record, acronym });
  index.byKey.set(key, entries);
}

/** Records named so: acronym names only when the text writes them in capitals ("us" is not the US). */
export function lookupName<T>(index: NameIndex<T>, text: string, key: string = placeKey(text)): T[] {
  const entries = index.byKey.get(key);
  if (!entries) return [];
  const bare = text.trim().replace(/^the\s+/i, ""); // "the US" is written in capitals all the same
  const capitals = /\p{Lu}/u.test(bare) && !/\p{Ll}/u.test(bare);
  return entries.filter((e) => !e.acronym || capitals).map((e) => e.record);
}

const dataLines = (file: string): string[][] =>
  readFileSync(packagePath("data", "geo", file), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .slice(1) // header
    .map((line) => line.split("\t"));

const optionalNumber = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);
const list = (s: string | undefined): string[] => (s ? s.split("|").filter(Boolean) : []);

interface CountryTables {
  byIso: Map<string, CountryRecord>;
  names: NameIndex<CountryRecord>;
  demonyms: NameIndex<CountryRecord>;
}

let countryTables: CountryTables | undefined;

export function countries(): CountryTables {
  if (countryTables) return countryTables;
  const byIso = new Map<string, CountryRecord>();
  const names: NameIndex<CountryRecord> = { byKey: new Map() };
  const demonyms: NameIndex<CountryRecord> = { byKey: new Map() };
  for (const f of dataLines("countries.tsv")) {
    const record: CountryRecord = {
      iso2: f[0], name: f[1], aliases: list(f[2]), demonyms: list(f[3]), lat: optionalNumber(f[4]), lon: optionalNumber(f[5]),
      capital: f[6] || undefined, capitalGeonameId: optionalNumber(f[7]), timezone: f[8] || undefined,
    };
    byIso.set(record.iso2, record);
  }
  // Names first, then aliases: an alias never takes a key that is some country's own name.
  for (const c of byIso.values()) addName(names, c.name, c);
  for (const c of byIso.values()) for (const a of c.aliases) if (!names.byKey.has(placeKey(a))) addName(names, a, c);
  for (const c of byIso.values()) for (const d of c.demonyms) addName(demonyms, d, c);
  return (countryTables = { byIso, names, demonyms });
}

let featureTable: NameIndex<FeatureRecord> | undefined;

export function features(): NameIndex<FeatureRecord> {
  if (featureTable) return featureTable;
  const index: NameIndex<FeatureRecord> = { byKey: new Map() };
  for (const f of dataLines("features.tsv")) {
    const record: FeatureRecord = {
      name: f[0], aliases: list(f[1]), kind: f[2] === "feature" ? "feature" : "region", precision: f[3] === "point" ? "point" : "region",
      type: f[4], lat: Number(f[5]), lon: Number(f[6]), country: f[7] || undefined, source: f[8], timezone: f[9] || undefined,
    };
    addName(index, record.name, record);
    for (const a of record.aliases) addName(index, a, record);
  }
  return (featureTable = index);
}

export const tablesLoaded = (): { countries: boolean; features: boolean } => ({ countries: !!countryTables, features: !!featureTable });
