/**
 * `npm run bench:geo`: the geocoder's size on disk, load time, lookups per second and, when ../shared is there,
 * how many ECB+ location names it places (and how many person names it wrongly places).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { packagePath, sharedPath } from "../../util/paths.js";
import { geocode, geoTablesLoaded } from "./index.js";

function sizeOnDisk(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    bytes += st.isDirectory() ? sizeOnDisk(path) : st.size;
  }
  return bytes;
}

/** Proper-name mentions of the given ECB+ markable types: every token capitalised, as a place name is written. */
function ecbMentions(types: RegExp, topics: string[]): string[] {
  const root = sharedPath("data", "ecbplus");
  const names: string[] = [];
  for (const topic of topics) {
    const dir = join(root, topic);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".xml"))) {
      const xml = readFileSync(join(dir, file), "utf8");
      const tokens = new Map<string, string>();
      for (const m of xml.matchAll(/<token t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) tokens.set(m[1], m[2]);
      for (const m of xml.matchAll(/<([A-Z_]+) m_id="\d+"\s*>((?:\s*<token_anchor t_id="\d+"\/>)+)\s*<\/\1>/g)) {
        if (!types.test(m[1])) continue;
        const words = [...m[2].matchAll(/t_id="(\d+)"/g)].map((t) => tokens.get(t[1]) ?? "");
        const name = words.join(" ").replace(/ ([,.'’])/g, "$1").replace(/&amp;/g, "&");
        if (words.every((w) => /^\p{Lu}/u.test(w) || /^(of|the|de|upon|on)$/.test(w)) && /^\p{Lu}/u.test(name)) names.push(name);
      }
    }
  }
  return names;
}

function main(): void {
  const t0 = performance.now();
  geocode("Gomel");
  const firstLookupMs = performance.now() - t0;

  // Distinct names: every 7th place name of four rows shards, plus names that are not places.
  const names: string[] = [];
  for (let shard = 0; shard < 4; shard++) {
    const rows = gunzipSync(readFileSync(packagePath("data", "geo", "cities", `rows-${shard * 8}.tsv.gz`))).toString("utf8").split("\n");
    for (let i = 0; i < rows.length; i += 7) if (rows[i]) names.push(rows[i].split("\t")[1]);
  }
  names.push(...["Putin", "Zelensky", "said", "Reuters", "Medinsky", "Herashchenko", "talks", "Iskander"]);
  const rate = (ctx?: { countries: string[] }) => {
    const t = performance.now();
    for (const n of names) geocode(n, ctx);
    return { ms: performance.now() - t, perSecond: names.length / ((performance.now() - t) / 1000) };
  };
  const cold = rate(); // loads the shards it needs
  const uncached = rate({ countries: ["US"] }); // shards in memory, answers not yet remembered for this context
  const repeated = rate({ countries: ["US"] }); // the same names again
  const dataBytes = sizeOnDisk(packagePath("data", "geo"));
  console.log(`data/geo on disk: ${(dataBytes / 1e6).toFixed(2)} MB (cities shards ${(sizeOnDisk(packagePath("data", "geo", "cities")) / 1e6).toFixed(2)} MB)`);
  console.log(`first lookup (countries + features + one names shard + its rows shard): ${firstLookupMs.toFixed(1)} ms`);
  const fmt = (x: number) => Math.round(x).toLocaleString("en");
  console.log(`${names.length} distinct names: first time ${cold.ms.toFixed(0)} ms (${fmt(cold.perSecond)} calls/s, loading shards as needed: ${JSON.stringify(geoTablesLoaded())})`);
  console.log(`same names, new context (shards loaded): ${fmt(uncached.perSecond)} calls/s; repeated: ${fmt(repeated.perSecond)} calls/s`);

  let shared = true;
  try {
    sharedPath("data", "ecbplus");
  } catch {
    shared = false;
  }
  if (!shared) return console.log("(../shared is missing: ECB+ coverage skipped)");
  const topics = readdirSync(sharedPath("data", "ecbplus")).filter((t) => /^\d+$/.test(t)); // train and dev topics
  for (const [label, types] of [["location", /^LOC_/], ["person", /^HUMAN_PART_PER$/]] as const) {
    const mentions = ecbMentions(types, topics);
    const found = mentions.filter((n) => geocode(n));
    const unique = [...new Set(mentions)];
    const uniqueFound = unique.filter((n) => geocode(n));
    console.log(`ECB+ ${label} names (capitalised): ${found.length}/${mentions.length} mentions geocoded (${((100 * found.length) / Math.max(1, mentions.length)).toFixed(1)}%), ${uniqueFound.length}/${unique.length} distinct`);
    if (process.argv.includes("--verbose")) console.log((label === "location" ? unique.filter((n) => !geocode(n)) : uniqueFound).join(" | "));
  }
}

main();
