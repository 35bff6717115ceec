import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, EntityMention, EntityType } from "../types.js";
import { GOVERNMENT_REASON, UNNAMED_REASON, resolveEntities } from "./entities.js";
import { analyseText } from "../nlp/pipeline.js";

/** A document whose mentions are the listed names, typed, in the given text (extra fields: a description's kind and head). */
function docWith(id: string, text: string, names: [string, EntityType, string?, Partial<EntityMention>?][]): AnalysedDocument {
  const mentions: EntityMention[] = [];
  let from = 0;
  for (const [name, type, description, extra] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} is in the text`);
    mentions.push({ start, end: start + name.length, text: name, type, ...(description ? { description } : {}), ...extra });
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

/** A description mention's extra fields. */
const desc = (head: string, plural = false): Partial<EntityMention> => ({ kind: "description", head, plural, indefinite: false });

/** Reports analysed by the real per-document stages (tagger, roles, references), as `dossier analyze` does. */
const analysed = (texts: string[]) => texts.map((text, k) => analyseText({ id: `d${k}`, source: `d${k}`, text, language: "en", publishedFrom: "unknown", removed: [], credits: [] }));
const entityOf = (r: ReturnType<typeof resolveEntities>, doc: string, text: string, docs: AnalysedDocument[]) => {
  const a = docs.find((d) => d.doc.id === doc)!;
  const start = a.doc.text.indexOf(text);
  return r.entities.find((e) => e.mentions.some((m) => m.doc === doc && m.start === start));
};

test("'the robbers' of two reports of one robbery are one group; of an unrelated report, another", () => {
  const robbery = "Four robbers raided the Harry Winston jewellery store in Paris on Thursday. The robbers escaped.";
  const docs = [
    docWith("a", robbery, [["Harry Winston", "organization"], ["Paris", "location"], ["The robbers", "group", undefined, desc("robber", true)]]),
    docWith("b", `${robbery} Harry Winston said the robbers took jewels.`, [["Harry Winston", "organization"], ["Paris", "location"], ["Harry Winston", "organization"], ["the robbers", "group", undefined, desc("robber", true)]]),
    docWith("c", "Floods hit Dhaka. The robbers of a Dhaka bank were caught by police in Bangladesh.", [["Dhaka", "location"], ["The robbers", "group", undefined, desc("robber", true)]]),
  ];
  const r = resolveEntities(docs);
  const groups = r.entities.filter((e) => e.aliases.some((a) => /robbers/i.test(a)));
  assert.equal(groups.length, 2);
  const paris = groups.find((e) => e.mentions.some((m) => m.doc === "a"))!;
  assert.deepEqual([...new Set(paris.mentions.map((m) => m.doc))].sort(), ["a", "b"]);
  assert.ok(paris.reasons.includes("same description in a related report"));
});

test("an entity known only by descriptions is named by one and marked as never named", () => {
  const r = resolveEntities([docWith("a", "A 43-year-old woman was hurt.", [["A 43-year-old woman", "person", undefined, desc("woman")]])]);
  const [e] = r.entities;
  assert.equal(e.name, "A 43-year-old woman");
  assert.ok(e.reasons.includes(UNNAMED_REASON));
  assert.equal((e as { unnamed?: boolean }).unnamed, true);
  assert.equal(e.geo, undefined);
});

test("'the actress' of one report is the person another related report calls actress", () => {
  const docs = analysed([
    "Troubled actress Lindsay Lohan checked into the Betty Ford Center on Friday, her lawyer said. Lohan must stay 90 days at the Betty Ford Center.",
    "The actress checked into the Betty Ford Center in Rancho Mirage on Friday, her lawyer said. She must stay for 90 days, and Lindsay Lohan will then return to court.",
  ]);
  const r = resolveEntities(docs);
  const lohan = entityOf(r, "d0", "Lindsay Lohan", docs)!;
  assert.equal(entityOf(r, "d1", "The actress", docs), lohan);
});

test("'Moscow said' and 'the Russian government' stand for Russia; shelling in Moscow is the city", () => {
  const docs = analysed(["Russia massed troops on the border. Moscow said the drills were routine, and the Russian government denied any plan. Later a blast hit a market in Moscow."]);
  const r = resolveEntities(docs);
  const russia = r.entities.find((e) => e.name === "Russia")!;
  const text = docs[0].doc.text;
  const said = text.indexOf("Moscow said");
  assert.ok(russia.mentions.some((m) => m.start === said));
  assert.ok(russia.mentions.some((m) => text.slice(m.start, m.end) === "government"));
  assert.ok(russia.reasons.includes(GOVERNMENT_REASON));
  const city = entityOf(r, "d0", "Moscow.", docs)!;
  assert.notEqual(city, russia);
  assert.equal(city.type, "location");
});

test("a person the tagger once calls an organisation is still that person", () => {
  const r = resolveEntities([
    docWith("a", "Tara Reid entered rehab. Reid said so.", [["Tara Reid", "person"], ["Reid", "person"]]),
    docWith("b", "Tara Reid left rehab.", [["Tara Reid", "organization"]]),
  ]);
  assert.equal(entityNamed(r, "Tara Reid").length, 1);
  assert.ok(entityNamed(r, "Tara Reid")[0].reasons.includes("tagged a person elsewhere"));
});

test("a shorter form of a name joins the full name of the related reports (Fred LaRue = Frederick Cheney LaRue)", () => {
  const story = "Watergate figure dies in Mississippi motel room, coroner says. ";
  const r = resolveEntities([
    docWith("a", `${story}Frederick Cheney LaRue was found dead.`, [["Mississippi", "location"], ["Frederick Cheney LaRue", "person"]]),
    docWith("b", `${story}Fred LaRue, a Watergate figure, was found dead in Mississippi.`, [["Fred LaRue", "person"], ["Mississippi", "location"]]),
  ]);
  assert.equal(entityNamed(r, "Fred LaRue")[0], entityNamed(r, "Frederick Cheney LaRue")[0]);
  assert.ok(entityNamed(r, "Fred LaRue")[0].reasons.includes("shorter form of a name"));
});

test("a place name that begins one longer name of the story joins it (Betty Ford = Betty Ford Center)", () => {
  const story = "Lindsay Lohan entered rehab on Friday. ";
  const r = resolveEntities([
    docWith("a", `${story}She checked into the Betty Ford Center.`, [["Lindsay Lohan", "person"], ["Betty Ford Center", "organization"]]),
    docWith("b", `${story}She is at Betty Ford.`, [["Lindsay Lohan", "person"], ["Betty Ford", "location"]]),
  ]);
  assert.equal(entityNamed(r, "Betty Ford")[0], entityNamed(r, "Betty Ford Center")[0]);
});

/** The one entity holding the description `text` of document `doc` (docWith documents). */
const holding = (r: ReturnType<typeof resolveEntities>, docs: AnalysedDocument[], doc: string, text: string) => {
  const start = docs.find((d) => d.doc.id === doc)!.doc.text.indexOf(text);
  return r.entities.find((e) => e.mentions.some((m) => m.doc === doc && m.start === start))!;
};

test("a chain is joined by any of its descriptions: 'a crowd … the rioters' of one report are the 'rioters' of another", () => {
  const riot = "Riot in Athens: a bank burned in Athens on Wednesday during the general strike in Greece. ";
  const docs = [
    docWith("a", `${riot}A crowd gathered. Then the rioters threw petrol bombs.`, [["Athens", "location"], ["Athens", "location"], ["Greece", "location"], ["A crowd", "group", undefined, desc("crowd", true)], ["the rioters", "group", undefined, desc("rioter", true)]]),
    docWith("b", `${riot}Rioters clashed with police.`, [["Athens", "location"], ["Athens", "location"], ["Greece", "location"], ["Rioters", "group", undefined, desc("rioter", true)]]),
  ];
  // Within report a, "the rioters" refers back to "A crowd": the chain is known by its first description, the crowd.
  const text = docs[0].doc.text;
  docs[0].mentions.find((m) => m.text === "the rioters")!.refersTo = { start: text.indexOf("A crowd"), end: text.indexOf("A crowd") + 7 };
  const r = resolveEntities(docs);
  assert.equal(holding(r, docs, "b", "Rioters"), holding(r, docs, "a", "A crowd"));
});

test("a nickname in quotes tagged as something else still joins the person ('Vincent 'Chin' Gigante')", () => {
  const story = "Mafia boss dies in prison. ";
  const r = resolveEntities([
    docWith("a", `${story}Vincent Gigante died. Vincent Gigante was 77.`, [["Vincent Gigante", "person"], ["Vincent Gigante", "person"]]),
    docWith("b", `${story}Vincent 'Chin' Gigante died in prison.`, [["Vincent 'Chin' Gigante", "other"]]),
  ]);
  assert.equal(entityNamed(r, "Vincent 'Chin' Gigante")[0], entityNamed(r, "Vincent Gigante")[0]);
});

test("'the store' of one report of a robbery is 'the shop' of another; a hospital is not a store", () => {
  const robbery = "Robbers dressed as women raided a Harry Winston jewellery store in Paris. ";
  const docs = [
    docWith("a", `${robbery}They fled the store.`, [["Harry Winston", "organization"], ["Paris", "location"], ["the store", "location", undefined, desc("store")]]),
    docWith("b", `${robbery}Staff of the shop were hurt and taken to the hospital.`, [["Harry Winston", "organization"], ["Paris", "location"], ["the shop", "location", undefined, desc("shop")], ["the hospital", "location", undefined, desc("hospital")]]),
  ];
  const r = resolveEntities(docs);
  const store = holding(r, docs, "a", "the store");
  assert.equal(holding(r, docs, "b", "the shop"), store);
  assert.ok(store.reasons.includes("same kind of place in a related report"));
  assert.notEqual(holding(r, docs, "b", "the hospital"), store);
});

test("'three people' killed in a bank fire are the 'three bank workers' of another report; 'two officers' are not 'two suspects'", () => {
  const fire = "Protesters set fire to a bank in Athens, killing workers inside during the strike in Greece. ";
  const docs = [
    docWith("a", `${fire}Three people died. Two officers arrested two suspects.`, [["Athens", "location"], ["Greece", "location"], ["Three people", "group", undefined, desc("people", true)], ["Two officers", "group", undefined, desc("officer", true)]]),
    docWith("b", `${fire}Three bank workers died. Two suspects were held.`, [["Athens", "location"], ["Greece", "location"], ["Three bank workers", "group", undefined, desc("worker", true)], ["Two suspects", "group", undefined, desc("suspect", true)]]),
  ];
  const r = resolveEntities(docs);
  const people = holding(r, docs, "a", "Three people");
  assert.equal(holding(r, docs, "b", "Three bank workers"), people);
  assert.ok(people.reasons.includes("as many people in a related report"));
  assert.notEqual(holding(r, docs, "b", "Two suspects"), holding(r, docs, "a", "Two officers"));
});

test("'the facility' of a report joins the treatment center its story names", () => {
  const story = "Lindsay Lohan entered rehab in Malibu on Friday, her lawyer said. ";
  const docs = [
    docWith("a", `${story}She checked into Promises Treatment Center.`, [["Lindsay Lohan", "person"], ["Malibu", "location"], ["Promises Treatment Center", "location"]]),
    docWith("b", `${story}The facility would not comment.`, [["Lindsay Lohan", "person"], ["Malibu", "location"], ["The facility", "location", undefined, desc("facility")]]),
  ];
  const r = resolveEntities(docs);
  assert.equal(holding(r, docs, "b", "The facility"), entityNamed(r, "Promises Treatment Center")[0]);
});

test("an unnamed 'mafia boss … himself' joins the one man the story names most", () => {
  const story = "Mafia arrests in Palermo: police arrested 89 suspects in Palermo overnight. ";
  const a = `${story}Gaetano Lo Presti hanged himself in his cell. Lo Presti was 52. Lo Presti had been arrested on Tuesday.`;
  const b = `${story}A mafia boss hanged himself in his cell in Palermo hours after the arrests.`;
  const docs = [
    docWith("a", a, [["Palermo", "location"], ["Palermo", "location"], ["Gaetano Lo Presti", "person"], ["himself", "person", undefined, { kind: "pronoun", refersTo: { start: a.indexOf("Gaetano"), end: a.indexOf("Gaetano") + 17 } }], ["Lo Presti", "person"], ["Lo Presti", "person"]]),
    docWith("b", b, [["Palermo", "location"], ["Palermo", "location"], ["A mafia boss", "person", undefined, desc("boss")], ["himself", "person", undefined, { kind: "pronoun", refersTo: { start: b.indexOf("A mafia boss"), end: b.indexOf("A mafia boss") + 12 } }], ["Palermo", "location"]]),
  ];
  const r = resolveEntities(docs);
  assert.equal(holding(r, docs, "b", "A mafia boss"), entityNamed(r, "Gaetano Lo Presti")[0]);
});
