import { test } from "node:test";
import assert from "node:assert/strict";
import { findDescriptions, nounClass, placeKindMates, sameKindOfPerson, sameKindOfPlace, singularNoun } from "./nominals.js";
import { splitSentences } from "../sentences.js";
import { tokenize } from "../tokenize.js";
import type { EntityMention } from "../../types.js";

/** The descriptions found in text, as "text/type/head", with the named mentions given (by text) left out. */
function described(text: string, names: string[] = []): string[] {
  const named: EntityMention[] = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n, type: "person" }));
  return findDescriptions(text, tokenize(text, splitSentences(text)), named).map((d) => `${d.text}/${d.type}/${d.head}${d.plural ? "/pl" : ""}`);
}

test("finds people and places named by a common noun, from the determiner to the head", () => {
  assert.deepEqual(described("A 43-year-old woman was taken to the hospital."), ["A 43-year-old woman/person/woman", "the hospital/location/hospital"]);
});

test("plural people are a group with the singular head: 'the robbers', 'policemen'", () => {
  assert.deepEqual(described("The robbers shot two policemen."), ["The robbers/group/robber/pl", "two policemen/group/policeman/pl"]);
});

test("a noun before another noun is its modifier ('police officer', 'prison sentence')", () => {
  assert.deepEqual(described("The police officer got a prison sentence."), ["The police officer/person/officer"]);
});

test("'the 33-year-old' is a person", () => {
  assert.deepEqual(described("The 33-year-old was released."), ["The 33-year-old/person/year-old"]);
});

test("the lead-in of a place name is not a description ('the city of Jakarta')", () => {
  const text = "The city of Jakarta sent help.";
  const named: EntityMention[] = [{ start: 12, end: 19, text: "Jakarta", type: "location" }];
  assert.deepEqual(findDescriptions(text, tokenize(text, splitSentences(text)), named), []);
});

test("words inside a name are never descriptions ('Central Park', 'Police Chief John Smith')", () => {
  assert.deepEqual(described("He walked in Central Park with John Smith.", ["John Smith"]), []);
});

test("nounClass knows people, groups and places, and leaves other nouns alone", () => {
  assert.equal(nounClass("actress")?.type, "person");
  assert.equal(nounClass("police")?.type, "group");
  assert.equal(nounClass("prison")?.type, "location");
  assert.equal(nounClass("table"), undefined);
  assert.equal(nounClass("have"), undefined);
});

test("singularNoun undoes the English plurals it knows", () => {
  const known = (w: string) => ["city", "policeman", "thief", "witness"].includes(w);
  assert.deepEqual(singularNoun("cities", known), { lemma: "city", plural: true });
  assert.deepEqual(singularNoun("policemen", known), { lemma: "policeman", plural: true });
  assert.deepEqual(singularNoun("thieves", known), { lemma: "thief", plural: true });
  assert.deepEqual(singularNoun("witnesses", known), { lemma: "witness", plural: true });
  assert.equal(singularNoun("tables", known), undefined);
});

test("robbers and thieves, cops and police are the same kind of people; robbers and police are not", () => {
  assert.ok(sameKindOfPerson("robber", "thief"));
  assert.ok(sameKindOfPerson("cop", "police"));
  assert.ok(sameKindOfPerson("protester", "demonstrator"));
  assert.ok(!sameKindOfPerson("robber", "police"));
  assert.ok(!sameKindOfPerson("actress", "judge"));
});

test("a noun that is also a verb is a title right before a name ('identified as mother Alice McMeekin'), a verb after a subject ('police suspect John Smith')", () => {
  assert.deepEqual(described("The victims were identified as mother Alice McMeekin.", ["Alice McMeekin"]), ["The victims/group/victim/pl", "mother/person/mother"]);
  assert.deepEqual(described("Police suspect John Smith.", ["John Smith"]), ["Police/group/police/pl"]);
});

test("the same kind of place by another noun: a store is a shop or a boutique, a jail a prison; a hospital is not a store", () => {
  assert.ok(sameKindOfPlace("store", "boutique"));
  assert.ok(sameKindOfPlace("jail", "prison"));
  assert.ok(!sameKindOfPlace("hospital", "store"));
  assert.ok(placeKindMates("center").includes("facility"));
});

test("'protesters' has the singular head of 'a protester', so reports calling them 'demonstrators' meet it; 'police' stays a collective", () => {
  assert.deepEqual(described("The protesters met police."), ["The protesters/group/protester/pl", "police/group/police/pl"]);
  assert.ok(sameKindOfPerson(nounClass("protesters")!.lemma, nounClass("demonstrators")!.lemma));
});
