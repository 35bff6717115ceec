/**
 * The GeoNames cities index built by scripts/build-gazetteer.ts under data/geo/cities/: small gzipped shards of
 * the name index (key → row numbers, by a hash of the key) and of the rows. A lookup gunzips the one names shard
 * its key hashes to and the rows shards its hits fall in; each shard is loaded once and kept.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { packagePath } from "../../util/paths.js";
import { keyShard, placeKey } from "./normalize.js";

export interface CityRecord {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  featureCode: string;
  population: number;
  timezone: string;
  /** Keys of the place's own name ("Washington, D.C." → "washington dc", "washington"): a match on one counts more than one on an alternate name. */
  nameKeys: string[];
}

interface Meta {
  rows: number;
  rowsPerShard: number;
  nameShards: number;
  zones: string[];
}

let meta: Meta | undefined;
const nameShards = new Map<number, string[]>();
const rowShards = new Map<number, string[]>();

const cityFile = (name: string): string => packagePath("data", "geo", "cities", name);

function readShard(name: string): string[] {
  const lines = gunzipSync(readFileSync(cityFile(name))).toString("utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function loadMeta(): Meta {
  return (meta ??= JSON.parse(readFileSync(cityFile("meta.json"), "utf8")) as Meta);
}

function namesShard(shard: number): string[] {
  let lines = nameShards.get(shard);
  if (!lines) nameShards.set(shard, (lines = readShard(`names-${shard}.tsv.gz`)));
  return lines;
}

function rowsShard(shard: number): string[] {
  let lines = rowShards.get(shard);
  if (!lines) rowShards.set(shard, (lines = readShard(`rows-${shard}.tsv.gz`)));
  return lines;
}

/** Row numbers of the places whose names have this key: a binary search over the shard's sorted lines. */
export function rowsOfKey(lines: string[], key: string): number[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = lines[mid];
    const tab = line.indexOf("\t");
    const lineKey = line.slice(0, tab);
    if (lineKey === key) return line.slice(tab + 1).split(",").map(Number);
    if (lineKey < key) lo = mid + 1;
    else hi = mid;
  }
  return [];
}

function ownNameKeys(name: string): string[] {
  const keys = [placeKey(name)];
  const comma = name.indexOf(",");
  if (comma > 0) keys.push(placeKey(name.slice(0, comma)));
  return keys;
}

export function parseCityRow(line: string, zones: string[]): CityRecord {
  const f = line.split("\t");
  return {
    geonameId: Number(f[0]), name: f[1], lat: Number(f[2]), lon: Number(f[3]), country: f[4], admin1: f[5],
    featureCode: f[6], population: Number(f[7]), timezone: zones[Number(f[8])] ?? "", nameKeys: ownNameKeys(f[1]),
  };
}

// News repeats its place names: each key is looked up and its rows parsed once (bounded, so a long run stays small).
const byKey = new Map<string, CityRecord[]>();
const MAX_CACHED_KEYS = 50_000;

/** Every GeoNames populated place whose name, ASCII name or a kept alternate name has this key. */
export function citiesNamed(key: string): CityRecord[] {
  if (!key) return [];
  const cached = byKey.get(key);
  if (cached) return cached;
  const m = loadMeta();
  const found = rowsOfKey(namesShard(keyShard(key, m.nameShards)), key).map((row) =>
    parseCityRow(rowsShard(Math.floor(row / m.rowsPerShard))[row % m.rowsPerShard], m.zones),
  );
  if (byKey.size >= MAX_CACHED_KEYS) byKey.clear();
  byKey.set(key, found);
  return found;
}

/** How many shards are loaded (for tests and start-up measurements): none until the first city lookup. */
export const loadedShards = (): { names: number; rows: number } => ({ names: nameShards.size, rows: rowShards.size });
