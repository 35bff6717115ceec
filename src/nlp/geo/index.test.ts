import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../util/paths.js";
import {
  countryCode, countryName, countryOfDemonym, geocode, geoTablesLoaded, offsetMinutes, zoneOfCountry,
} from "./index.js";

const near = (m: { lat: number; lon: number } | undefined, lat: number, lon: number, tolerance = 0.3): boolean =>
  !!m && Math.abs(m.lat - lat) < tolerance && Math.abs(m.lon - lon) < tolerance;

test("loads no table at import: nothing is read before the first lookup", () => {
  // A fresh process, so that other tests' lookups cannot have loaded anything yet.
  const probe = `import { geoTablesLoaded, geocode } from ${JSON.stringify(fileURLToPath(new URL("./index.ts", import.meta.url)))};
    const before = geoTablesLoaded(); geocode("Gomel"); const after = geoTablesLoaded();
    console.log(JSON.stringify({ before, after }));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", probe], { encoding: "utf8", cwd: packageRoot() });
  assert.equal(run.status, 0, run.stderr);
  const { before, after } = JSON.parse(run.stdout.trim().split("\n").pop()!);
  assert.deepEqual(before, { countries: false, features: false, nameShards: 0, rowShards: 0 });
  assert.equal(after.countries, true);
  assert.ok(after.nameShards === 1 && after.rowShards >= 1 && after.rowShards <= 2, JSON.stringify(after));
});

test("finds a city under the exonym news uses where GeoNames names it otherwise ('Gomel' is Homyel', 'Mozyr' is Mazyr)", () => {
  const gomel = geocode("Gomel");
  assert.equal(gomel?.country, "BY");
  assert.equal(gomel?.kind, "city");
  assert.equal(gomel?.precision, "city");
  assert.ok(near(gomel, 52.43, 31.0));
  assert.equal(gomel?.timezone, "Europe/Minsk");
  assert.ok(near(geocode("Mozyr"), 52.05, 29.25));
});

test("treats transliteration variants of Ukrainian and Russian names as the same city", () => {
  for (const [a, b] of [["Kharkiv", "Kharkov"], ["Kyiv", "Kiev"], ["Odesa", "Odessa"], ["Mykolaiv", "Nikolaev"], ["Zaporizhzhia", "Zaporozhye"]]) {
    const ma = geocode(a);
    const mb = geocode(b);
    assert.ok(ma?.geonameId, `${a} not found`);
    assert.equal(ma?.geonameId, mb?.geonameId, `${a} / ${b}`);
  }
  assert.ok(near(geocode("Kharkov"), 49.99, 36.23));
});

test("ignores case, diacritics, a leading 'the' and a possessive", () => {
  assert.equal(geocode("the Hague")?.geonameId, geocode("The Hague")?.geonameId);
  assert.equal(geocode("The Hague")?.country, "NL");
  assert.equal(geocode("KRAKÓW")?.geonameId, geocode("krakow")?.geonameId);
  assert.equal(geocode("São Paulo")?.geonameId, geocode("Sao Paulo")?.geonameId);
  assert.equal(geocode("Kyiv's")?.geonameId, geocode("Kyiv")?.geonameId);
  assert.equal(geocode("St. Petersburg")?.geonameId, geocode("Saint Petersburg")?.geonameId);
});

test("reads 'Washington' as the US capital, not a town of the same name", () => {
  const m = geocode("Washington");
  assert.equal(m?.country, "US");
  assert.ok(near(m, 38.9, -77.04));
});

test("prefers the more populous, higher-ranked place of an ambiguous name without context", () => {
  assert.equal(geocode("Paris")?.country, "FR");
  assert.equal(geocode("Birmingham")?.country, "GB");
  assert.equal(geocode("Moscow")?.country, "RU");
});

test("prefers a candidate in the countries the reports name: 'Paris' in a story about the US is Paris, Texas", () => {
  const m = geocode("Paris", { countries: ["US"] });
  assert.equal(m?.country, "US");
  assert.equal(m?.timezone, "America/Chicago");
  assert.equal(geocode("Birmingham", { countries: ["US"] })?.country, "US");
  assert.equal(geocode("Paris", { countries: ["FR", "US"] })?.country, "FR");
  assert.equal(geocode("Moscow", { countries: ["US", "RU"] })?.country, "RU", "both named: the bigger place");
  assert.equal(geocode("Washington", { countries: ["GB", "US"] })?.country, "US");
  assert.equal(geocode("Washington", { countries: ["GB"] })?.country, "GB", "Washington, Tyne and Wear, in a story about Britain alone");
});

test("names countries before cities and features, and gives them country precision", () => {
  const m = geocode("Belarus");
  assert.equal(m?.kind, "country");
  assert.equal(m?.precision, "country");
  assert.equal(m?.country, "BY");
  assert.ok(near(m, 53.5, 28.0, 1.5));
  assert.equal(geocode("Russian Federation")?.country, "RU");
  assert.equal(geocode("Georgia")?.country, "GE");
  assert.equal(geocode("Georgia", { countries: ["US"] })?.country, "US", "the US state in a US story");
});

test("finds rivers, regions, zones and disputed areas that GeoNames' cities leave out", () => {
  const river = geocode("Pripyat River");
  assert.equal(river?.kind, "region");
  assert.equal(river?.precision, "region");
  for (const name of ["Donbas", "Crimea", "Gaza Strip", "West Bank", "Golan Heights", "Kashmir", "Sahel", "Black Sea", "Strait of Hormuz", "Chernobyl exclusion zone"]) {
    const m = geocode(name);
    assert.ok(m && (m.kind === "region" || m.kind === "feature"), name);
  }
  assert.ok(near(geocode("Strait of Hormuz"), 26.6, 56.3, 1));
  assert.equal(geocode("Chernobyl nuclear power plant")?.precision, "point");
  assert.equal(geocode("Texas")?.country, "US");
});

test("drops a preposition caught with the name, but not from a town whose name starts with one ('In Amenas')", () => {
  assert.equal(geocode("In Brooklyn")?.geonameId, geocode("Brooklyn")?.geonameId);
  assert.equal(geocode("in Kyiv")?.country, "UA");
  assert.equal(geocode("In Amenas")?.country, "DZ");
});

test("places a site named after its town at that town: 'Kramatorsk railway station', 'Kherson airport'", () => {
  const station = geocode("Kramatorsk railway station");
  assert.equal(station?.kind, "feature");
  assert.equal(station?.precision, "city", "the point is the town's");
  assert.ok(near(station, geocode("Kramatorsk")!.lat, geocode("Kramatorsk")!.lon, 0.01));
  assert.equal(station?.geonameId, undefined, "the station is not the town: no GeoNames id to merge them by");
  assert.equal(geocode("Kherson International Airport")?.country, "UA");
  assert.equal(geocode("Emory University"), undefined, "not a place: no town named Emory with a university");
  assert.equal(geocode("Ukraine International Airport"), undefined, "a country says too little");
});

test("narrows 'eastern Ukraine' and 'Donetsk region' to region precision", () => {
  const east = geocode("eastern Ukraine");
  assert.equal(east?.country, "UA");
  assert.equal(east?.precision, "region");
  const oblast = geocode("Donetsk region");
  assert.equal(oblast?.country, "UA");
  assert.equal(oblast?.precision, "region");
  assert.ok(near(oblast, 48.0, 37.8, 1));
  assert.equal(oblast?.geonameId, undefined, "the region is not its seat");
});

test("returns nothing for words that are not places", () => {
  for (const word of ["Putin", "Zelensky", "said", "Police", "the", "", "42", "Monday"]) assert.equal(geocode(word), undefined, word);
  for (const nationality of ["Briton", "Swiss", "Ukrainians"]) assert.equal(geocode(nationality), undefined, nationality);
});

test("maps country names and common aliases to ISO codes", () => {
  const cases: [string, string][] = [
    ["the US", "US"], ["United States", "US"], ["America", "US"], ["U.S.", "US"], ["UK", "GB"], ["Britain", "GB"],
    ["Great Britain", "GB"], ["Russian Federation", "RU"], ["Russia", "RU"], ["Ivory Coast", "CI"], ["Côte d'Ivoire", "CI"],
    ["Burma", "MM"], ["DRC", "CD"], ["Congo", "CD"], ["Czechia", "CZ"], ["Türkiye", "TR"], ["the Netherlands", "NL"],
  ];
  for (const [name, iso] of cases) assert.equal(countryCode(name), iso, name);
  assert.equal(countryCode("us"), undefined, "the pronoun is not the country");
  assert.equal(countryCode("Gomel"), undefined);
});

test("maps demonyms and their plurals to countries: 'Belarusian' → BY, 'Ukrainians' → UA", () => {
  const cases: [string, string][] = [
    ["Belarusian", "BY"], ["Ukrainian", "UA"], ["American", "US"], ["British", "GB"], ["Ukrainians", "UA"],
    ["Russians", "RU"], ["Frenchmen", "FR"], ["Swiss", "CH"], ["Israelis", "IL"], ["Filipinos", "PH"],
    ["North Korean", "KP"], ["south korean", "KR"], ["Briton", "GB"], ["Dutch", "NL"],
  ];
  for (const [word, iso] of cases) assert.equal(countryOfDemonym(word), iso, word);
  assert.equal(countryOfDemonym("Minister"), undefined);
  assert.equal(countryOfDemonym(""), undefined);
});

test("names countries and their main time zone", () => {
  assert.equal(countryName("RU"), "Russia");
  assert.equal(countryName("by"), "Belarus");
  assert.equal(countryName("ZZ"), undefined);
  assert.equal(zoneOfCountry("UA"), "Europe/Kiev");
  assert.equal(zoneOfCountry("US"), "America/New_York");
  assert.equal(zoneOfCountry("GB"), "Europe/London");
});

test("gives a zone's UTC offset at an instant, across daylight-saving changes", () => {
  assert.equal(offsetMinutes("Europe/Kiev", new Date("2022-02-27T12:00:00Z")), 120);
  assert.equal(offsetMinutes("Europe/Kiev", new Date("2022-07-27T12:00:00Z")), 180);
  assert.equal(offsetMinutes("America/New_York", new Date("2013-03-22T14:00:00Z")), -240);
  assert.equal(offsetMinutes("America/New_York", new Date("2013-01-22T14:00:00Z")), -300);
  // The US switched on 10 March 2013 at 2:00 local (07:00 UTC).
  assert.equal(offsetMinutes("America/New_York", new Date("2013-03-10T06:59:00Z")), -300);
  assert.equal(offsetMinutes("America/New_York", new Date("2013-03-10T07:00:00Z")), -240);
  assert.equal(offsetMinutes("Asia/Kolkata", new Date("2022-02-27T12:00:00Z")), 330);
  assert.equal(offsetMinutes("America/St_Johns", new Date("2022-01-01T00:00:00Z")), -210);
  assert.equal(offsetMinutes("UTC", new Date("2022-01-01T00:00:00Z")), 0);
  assert.equal(offsetMinutes("Europe/London", new Date("2022-01-01T00:00:00Z")), 0);
  assert.throws(() => offsetMinutes("Mars/Olympus", new Date()));
});
