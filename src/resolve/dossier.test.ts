import assert from "node:assert/strict";
import { test } from "node:test";
import { looksLikeParty } from "./dossier.js";

test("a speaker or channel the tagger missed becomes an entity when it names a party: 'Facebook', 'Ukrainian officials'", () => {
  for (const t of ["Facebook", "Interfax", "Ukrainian officials", "Russian state media", "Ministry of Defence"]) assert.ok(looksLikeParty(t), t);
});

test("pronouns, quantities and clauses caught as speakers do not become entities", () => {
  for (const t of ["He", "Some 64 percent considered police", "Many Greeks", "There", "the 3 men", "Protesters who gathered outside the parliament building"])
    assert.equal(looksLikeParty(t), false, t);
});
