import { test } from "node:test";
import assert from "node:assert/strict";
import { foldDiacritics, isAcronymAlias, isUsefulAlternate, keyShard, placeKey } from "./normalize.js";

test("keys a place name without case, diacritics, apostrophes, hyphens or a leading 'the'", () => {
  assert.equal(placeKey("Homyel'"), "homyel");
  assert.equal(placeKey("Homyel’"), "homyel");
  assert.equal(placeKey("The Hague"), "hague");
  assert.equal(placeKey("the Hague"), "hague");
  assert.equal(placeKey("Ivano-Frankivsk"), "ivano frankivsk");
  assert.equal(placeKey("Côte d'Ivoire"), "cote divoire");
  assert.equal(placeKey("Łódź"), "lodz");
  assert.equal(placeKey("  Washington,   D.C. "), "washington dc");
  assert.equal(placeKey("U.S."), "us");
  assert.equal(placeKey("???"), "");
});

test("writes 'St.' and 'Saint', 'Mt' and 'Mount' alike", () => {
  assert.equal(placeKey("St. Louis"), placeKey("Saint Louis"));
  assert.equal(placeKey("Mt Kenya"), placeKey("Mount Kenya"));
});

test("folds letters that Unicode does not decompose", () => {
  assert.equal(foldDiacritics("Øresund Straße Æbeltoft"), "Oresund Strasse Aebeltoft");
  assert.equal(foldDiacritics("Zaporizhzhia"), "Zaporizhzhia");
});

test("marks short capitalised aliases as acronyms that only match in capitals", () => {
  assert.equal(isAcronymAlias("US"), true);
  assert.equal(isAcronymAlias("U.S."), true);
  assert.equal(isAcronymAlias("CAR"), true);
  assert.equal(isAcronymAlias("Britain"), false);
  assert.equal(isAcronymAlias("LoC"), false);
});

test("keeps Latin exonyms among GeoNames alternate names and drops codes and romanisations", () => {
  for (const keep of ["Gomel", "Gomel’", "Kharkov", "Kiev", "Gómel", "Washington D.C."]) assert.equal(isUsefulAlternate(keep), true, keep);
  for (const drop of ["GME", "WAS", "ge mei li", "homeri", "Гомель", "https://en.wikipedia.org/wiki/Gomel", "Kyiv 1", "K"]) assert.equal(isUsefulAlternate(drop), false, drop);
});

test("hashes a key to a stable shard within range", () => {
  assert.equal(keyShard("gomel", 32), keyShard("gomel", 32));
  for (const key of ["a", "kyiv", "washington dc", "zzz"]) {
    const s = keyShard(key, 32);
    assert.ok(Number.isInteger(s) && s >= 0 && s < 32);
  }
});
