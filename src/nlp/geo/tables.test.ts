import { test } from "node:test";
import assert from "node:assert/strict";
import { countries, features, lookupName } from "./tables.js";
import { rowsOfKey, parseCityRow } from "./gazetteer.js";

test("gives every country of the table a code, a name, a centroid on Earth and, where people live, a time zone", () => {
  const { byIso } = countries();
  assert.ok(byIso.size >= 245, `${byIso.size} countries`);
  for (const c of byIso.values()) {
    assert.match(c.iso2, /^[A-Z]{2}$/);
    assert.ok(c.name, c.iso2);
    if (c.lat === undefined || c.lon === undefined) continue; // uninhabited territories without a landmass in the atlas
    assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, c.iso2);
  }
  for (const iso of ["UA", "BY", "RU", "US", "GB", "FR", "CN", "IN", "BR", "NG", "IL", "PS"]) assert.ok(byIso.get(iso)?.timezone, iso);
});

test("places each country's centroid inside the country, not in the middle of its overseas territories", () => {
  const { byIso } = countries();
  const inBox = (iso: string, [s, w, n, e]: number[]) => {
    const c = byIso.get(iso)!;
    assert.ok(c.lat! > s && c.lat! < n && c.lon! > w && c.lon! < e, `${iso} ${c.lat},${c.lon}`);
  };
  inBox("US", [25, -125, 49, -67]); // the lower 48, not Alaska or Hawaii
  inBox("FR", [42, -5, 51, 8]); // metropolitan France
  inBox("RU", [50, 40, 75, 140]);
  inBox("FJ", [-21, 176, -15, 180]); // across the antimeridian
  inBox("UA", [44, 22, 53, 41]);
});

test("gives every feature coordinates, a kind, a precision and the public source of its coordinates", () => {
  const all = new Set([...features().byKey.values()].flat().map((e) => e.record));
  assert.ok(all.size >= 150, `${all.size} features`);
  for (const f of all) {
    assert.ok(Math.abs(f.lat) <= 90 && Math.abs(f.lon) <= 180, f.name);
    assert.ok(f.source.length > 0, f.name);
    assert.ok(f.kind === "region" || f.kind === "feature", f.name);
    if (f.country) assert.match(f.country, /^[A-Z]{2}$/, f.name);
  }
});

test("matches an acronym alias only when written in capitals", () => {
  const { names } = countries();
  assert.equal(lookupName(names, "UK")[0]?.iso2, "GB");
  assert.equal(lookupName(names, "the UK")[0]?.iso2, "GB");
  assert.deepEqual(lookupName(names, "uk"), []);
});

test("binary-searches a sorted names shard and parses a row", () => {
  const shard = ["gomel\t7", "hague\t3,9", "kharkov\t12", "kiev\t5"];
  assert.deepEqual(rowsOfKey(shard, "hague"), [3, 9]);
  assert.deepEqual(rowsOfKey(shard, "kiev"), [5]);
  assert.deepEqual(rowsOfKey(shard, "gomel"), [7]);
  assert.deepEqual(rowsOfKey(shard, "kyiv"), []);
  assert.deepEqual(rowsOfKey([], "kyiv"), []);
  const row = parseCityRow("627907\tHomyel'\t52.4345\t30.9754\tBY\t02\tPPLA\t480951\t1", ["Europe/Kiev", "Europe/Minsk"]);
  assert.deepEqual(row, { geonameId: 627907, name: "Homyel'", lat: 52.4345, lon: 30.9754, country: "BY", admin1: "02", featureCode: "PPLA", population: 480951, timezone: "Europe/Minsk", nameKeys: ["homyel"] });
});
