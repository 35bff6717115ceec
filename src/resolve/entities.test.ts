import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, EntityMention, EntityType } from "../types.js";
import { resolveEntities } from "./entities.js";

/** A document whose mentions are the listed names, typed, in the given text. */
function docWith(id: string, text: string, names: [string, EntityType, string?][]): AnalysedDocument {
  const mentions: EntityMention[] = [];
  let from = 0;
  for (const [name, type, description] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} is in the text`);
    mentions.push({ start, end: start + name.length, text: name, type, ...(description ? { description } : {}) });
    from = start + name.length;
  }
  return { doc: { id, source: id, text, language: "en", publishedFrom: "unknown", removed: [], credits: [] }, sentences: [], tokens: [], mentions, times: [] };
}

const entityNamed = (r: ReturnType<typeof resolveEntities>, alias: string) => r.entities.filter((e) => e.aliases.includes(alias));

test("Zelensky and Zelenskyy in two reports are one person, with the reason kept", () => {
  const r = resolveEntities([
    docWith("a", "Ukrainian President Volodymyr Zelensky said.", [["Volodymyr Zelensky", "person"]]),
    docWith("b", "President Volodymyr Zelenskyy spoke. Zelenskyy had said so.", [["Volodymyr Zelenskyy", "person"], ["Zelenskyy", "person"]]),
  ]);
  const [e] = entityNamed(r, "Zelenskyy");
  assert.ok(e.aliases.includes("Volodymyr Zelensky"));
  assert.equal(new Set(e.mentions.map((m) => m.doc)).size, 2);
  assert.ok(e.reasons.includes("transliteration variant"));
  assert.ok(e.reasons.includes("surname of a named person"));
});

test("a misspelt surname joins the correctly spelt person (Medinksy = Medinsky)", () => {
  const r = resolveEntities([docWith("a", "Vladimir Medinksy said. Later Vladimir Medinsky added.", [["Vladimir Medinksy", "person"], ["Vladimir Medinsky", "person"]])]);
  assert.equal(entityNamed(r, "Vladimir Medinksy")[0], entityNamed(r, "Vladimir Medinsky")[0]);
  assert.ok(entityNamed(r, "Vladimir Medinksy")[0].reasons.includes("spelling variant"));
});

test("different people who share a first name stay apart", () => {
  const r = resolveEntities([docWith("a", "Vladimir Putin met Vladimir Makei.", [["Vladimir Putin", "person"], ["Vladimir Makei", "person"]])]);
  assert.notEqual(entityNamed(r, "Vladimir Putin")[0], entityNamed(r, "Vladimir Makei")[0]);
});

test("a surname shared by two people in the same report is left alone", () => {
  const r = resolveEntities([docWith("a", "Joe Smith and Anna Smith met. Smith said no.", [["Joe Smith", "person"], ["Anna Smith", "person"], ["Smith", "person"]])]);
  assert.equal(entityNamed(r, "Smith")[0].aliases.length, 1);
});

test("an acronym joins the full name: NATO = North Atlantic Treaty Organisation", () => {
  const r = resolveEntities([
    docWith("a", "the North Atlantic Treaty Organisation decided. Putin accused NATO.", [["North Atlantic Treaty Organisation", "organization"], ["NATO", "organization"]]),
  ]);
  const [e] = entityNamed(r, "NATO");
  assert.equal(e.name, "North Atlantic Treaty Organisation");
  assert.ok(e.reasons.includes("acronym"));
});

test("the canonical name is the fullest form and the role is kept", () => {
  const r = resolveEntities([
    docWith("a", "adviser Anton Herashchenko posted. Herashchenko said.", [["Anton Herashchenko", "person", "Ukrainian interior ministry adviser"], ["Herashchenko", "person"]]),
  ]);
  const [e] = entityNamed(r, "Herashchenko");
  assert.equal(e.name, "Anton Herashchenko");
  assert.equal(e.description, "Ukrainian interior ministry adviser");
});

test("Kharkiv and Kharkov are one place, on the map", () => {
  const r = resolveEntities([
    docWith("a", "Strikes on Kharkiv.", [["Kharkiv", "location"]]),
    docWith("b", "Shelling in Kharkov.", [["Kharkov", "location"]]),
  ]);
  const [e] = entityNamed(r, "Kharkov");
  assert.ok(e.aliases.includes("Kharkiv"));
  assert.ok(e.geo && Math.abs(e.geo.lat - 49.99) < 0.3 && e.geo.country === "UA");
});

test("a country is placed with its ISO code", () => {
  const r = resolveEntities([docWith("a", "Missiles from Belarus.", [["Belarus", "location"]])]);
  assert.equal(entityNamed(r, "Belarus")[0].geo?.country, "BY");
});

test("every mention maps to its entity", () => {
  const r = resolveEntities([docWith("a", "Putin and NATO.", [["Putin", "person"], ["NATO", "organization"]])]);
  assert.equal(r.entityAt.get("a:0"), entityNamed(r, "Putin")[0].id);
});
