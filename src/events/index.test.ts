/**
 * Events read from news sentences. Excerpts marked "seed" are from the example reports in examples/; the others
 * are invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents, TRIGGERS } from "./index.js";
import { analysed, textOf } from "./fixture.test-helper.js";

const find = (events: ReturnType<typeof extractEvents>, a: Parameters<typeof textOf>[0], trigger: string) => {
  const e = events.find((x) => textOf(a, x.trigger).toLowerCase() === trigger.toLowerCase());
  assert.ok(e, `no event on "${trigger}" among ${events.map((x) => textOf(a, x.trigger)).join(", ")}`);
  return e;
};

test("every trigger lexicon entry has a type, a reason and an example phrase", () => {
  for (const t of TRIGGERS) assert.ok(t.type && t.reason && t.example.split(" ").length >= 2, JSON.stringify(t));
});

test("a passive launch gives the weapon, its origin ('from') and its target ('into') — seed", () => {
  const text = "At around 5.00pm local time (3.00pm GMT), Iskander missiles were launched from Belarus into Ukraine amid Russia's ongoing invasion of the country.";
  const a = analysed(text, { "Iskander missiles": "weapon", Belarus: "location", Ukraine: "location", Russia: "location" }, [{ text: "5.00pm local time (3.00pm GMT)", start: "2022-02-27T15:00Z" }]);
  const e = find(extractEvents(a), a, "launched");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "missile");
  assert.deepEqual(e.places.map((p) => [textOf(a, p.range), p.role]), [["Belarus", "origin"], ["Ukraine", "target"]]);
  assert.equal(e.actors.length, 0, "the missiles are what was launched, not who launched them");
  assert.equal(e.summary, "Iskander missiles were launched from Belarus into Ukraine at 15:00 UTC on 27 February 2022.");
  assert.equal(e.time?.start, "2022-02-27T15:00Z");
  assert.equal(e.modality, "asserted");
});

test("'by X' after a passive verb names the actor", () => {
  const a = analysed("The town was shelled by Russian forces on Sunday.", { "Russian forces": "group" }, [{ text: "Sunday", start: "2022-03-06" }]);
  const e = find(extractEvents(a), a, "shelled");
  assert.equal(e.type, "ASSAULT");
  assert.deepEqual(e.actors.map((r) => textOf(a, r)), ["Russian forces"]);
  assert.equal(e.time?.start, "2022-03-06");
});

test("nominal triggers: 'the missile attack', 'talks', 'a lawsuit against Russia'", () => {
  const a = analysed("The missile attack came hours after talks ended. Ukraine has since filed a lawsuit against Russia.", { Ukraine: "location", Russia: "location" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "attack").type, "ASSAULT");
  assert.equal(find(events, a, "attack").mode, "missile");
  assert.equal(find(events, a, "talks").type, "CONSULT");
  const suit = find(events, a, "lawsuit");
  assert.equal(suit.type, "ACCUSE");
  assert.equal(suit.mode, "legal");
  assert.deepEqual(suit.actors.map((r) => textOf(a, r)), ["Ukraine"]);
  assert.deepEqual(suit.targets.map((r) => textOf(a, r)), ["Russia"]);
});

test("coordinated subjects are all actors: 'the US and UK unveiled a list of sanctions' — seed", () => {
  const a = analysed("Tensions rose as the US and UK unveiled a list of sanctions against the country.", { US: "location", UK: "location" });
  const e = find(extractEvents(a), a, "sanctions");
  assert.equal(e.type, "SANCTION");
  assert.deepEqual(e.actors.map((r) => textOf(a, r)), ["US", "UK"]);
  assert.deepEqual(e.targets.map((r) => textOf(a, r)), ["the country"]);
});

test("'between X and Y' gives the parties of talks and agreements", () => {
  const a = analysed("The decision followed a phone call between Volodymyr Zelenskyy and Alexander Lukashenko.", { "Volodymyr Zelenskyy": "person", "Alexander Lukashenko": "person" });
  const e = find(extractEvents(a), a, "phone call");
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors.map((r) => textOf(a, r)), ["Volodymyr Zelenskyy", "Alexander Lukashenko"]);
});

test("talks that are 'set to be held' are planned; 'agreed to meet' asserts the agreement and plans the meeting", () => {
  const a = analysed("Negotiations between Kyiv and Moscow are set to be held at the border. The two leaders agreed to meet in Geneva.", { Kyiv: "location", Moscow: "location", Geneva: "location" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "negotiations").modality, "planned");
  assert.equal(find(events, a, "agreed").modality, "asserted");
  const meet = find(events, a, "meet");
  assert.equal(meet.modality, "planned");
  assert.deepEqual(meet.places.map((p) => [textOf(a, p.range), p.role]), [["Geneva", "venue"]]);
});

test("'could ask Putin to return the nuclear weapons' is not an act — seed", () => {
  const a = analysed("Lukashenko stated that he could ask Russian President Vladimir Putin to return the nuclear weapons.", { Lukashenko: "person", "Vladimir Putin": "person" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "ask").modality, "hypothetical");
  assert.equal(find(events, a, "return").modality, "hypothetical");
  assert.ok(events.every((e) => e.modality !== "asserted"));
});

test("negation, future and a call for something that has not happened", () => {
  const a = analysed("Russia did not attack the city. NATO will deploy more troops. Ukraine called for an immediate ceasefire.", { Russia: "location", NATO: "organization", Ukraine: "location" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "attack").modality, "negated");
  assert.equal(find(events, a, "deploy").modality, "future");
  assert.equal(find(events, a, "called for").type, "REQUEST");
  assert.equal(find(events, a, "called for").modality, "asserted");
  assert.equal(find(events, a, "ceasefire").modality, "hypothetical");
});

test("'The same day' governs its sentence; a sentence with no time takes the one before, marked inferred", () => {
  const text = "Talks were held in Gomel on Monday, 28 February. The same day, dozens of people were killed after Russian forces carried out rocket strikes on the Ukrainian city of Kharkiv. Shelling continued in the east.";
  const a = analysed(text, { Gomel: "location", "Russian forces": "group", Kharkiv: "location" }, [
    { text: "Monday, 28 February", start: "2022-02-28" },
    { text: "The same day", start: "2022-02-28" },
  ]);
  const events = extractEvents(a);
  const strikes = find(events, a, "strikes");
  assert.equal(strikes.type, "ASSAULT");
  assert.equal(strikes.mode, "missile");
  assert.deepEqual(strikes.actors.map((r) => textOf(a, r)), ["Russian forces"]);
  assert.deepEqual(strikes.places.map((p) => [textOf(a, p.range), p.role]), [["Kharkiv", "target"]]);
  assert.equal(strikes.time?.start, "2022-02-28");
  assert.equal(strikes.time?.inferred, false);
  assert.ok(strikes.quantities.some((q) => q.kind === "killed" && q.text === "dozens" && q.low === 24 && q.best === undefined));
  const killed = find(events, a, "killed");
  assert.equal(killed.type, "ASSAULT");
  const shelling = find(events, a, "shelling");
  assert.equal(shelling.time?.start, "2022-02-28");
  assert.equal(shelling.time?.inferred, true);
});

test("a date that starts a stretch ('since … four days ago') does not date the deaths", () => {
  const a = analysed("At least 210 civilians have died since the invasion first began four days ago.", {}, [{ text: "four days ago", start: "2022-02-23" }]);
  const died = find(extractEvents(a), a, "died");
  assert.equal(died.time, undefined);
});

test("hedged or attributed events are claimed; an outlet's own telling is reported", () => {
  const a = analysed("Missiles have reportedly been launched into Ukraine. Police arrested two men, the mayor said. Troops withdrew from the town, Reuters reported. Rebels attacked a convoy.", { Ukraine: "location", Reuters: "organization" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "launched").certainty, "claimed");
  assert.equal(find(events, a, "arrested").certainty, "claimed");
  assert.equal(find(events, a, "withdrew").certainty, "reported");
  assert.equal(find(events, a, "attacked").certainty, "reported");
});

test("'fired' is a dismissal with a coach, a shooting with a target", () => {
  const a = analysed("The 76ers fired coach Maurice Cheeks on Saturday. A gunman fired at the crowd.", { "Maurice Cheeks": "person" });
  const events = extractEvents(a);
  const sacked = events.find((e) => e.sentence === 0)!;
  assert.equal(sacked.type, "SANCTION");
  assert.equal(sacked.mode, "dismiss");
  const shot = events.find((e) => e.sentence === 1)!;
  assert.equal(shot.type, "ASSAULT");
});

test("accidents and disasters: struck by a car, a fall from a cliff, an earthquake", () => {
  const a = analysed("A woman was struck by a car in Queens. The climber fell from a cliff. A strong earthquake hit the region.", { Queens: "location" });
  const events = extractEvents(a);
  assert.equal(find(events, a, "struck").type, "ACCIDENT");
  assert.equal(find(events, a, "fell").type, "ACCIDENT");
  assert.equal(find(events, a, "earthquake").type, "DISASTER");
});

test("words inside a name are not events: the North Atlantic Treaty Organisation", () => {
  const a = analysed("The North Atlantic Treaty Organisation decided to deploy forces to eastern Europe.", { "North Atlantic Treaty Organisation": "organization", Europe: "location" });
  const events = extractEvents(a);
  assert.deepEqual(events.map((e) => e.type), ["MOBILIZE"]);
  assert.deepEqual(events[0].actors.map((r) => textOf(a, r)), ["North Atlantic Treaty Organisation"]);
  assert.equal(events[0].modality, "planned");
});

test("whoever 'died' or 'fell' underwent the event: a target, not an actor", () => {
  const a = analysed("At least 210 Ukrainian civilians have died. The climber fell from a ledge.", { "Ukrainian civilians": "group" });
  const died = find(extractEvents(a), a, "died");
  assert.deepEqual(died.actors, []);
  assert.deepEqual(died.targets.map((r) => textOf(a, r)), ["Ukrainian civilians"]);
});

test("'it was decided that…' names no party: no event of its own; the agreement named before it is one — seed", () => {
  const a = analysed("News of the missile launch follows an agreement between Belarusian president Alexander Lukashenko and Zelensky. It was decided that the two parties would meet near the Pripyat River.", { "Alexander Lukashenko": "person", Zelensky: "person", "Pripyat River": "location" });
  const events = extractEvents(a);
  assert.ok(!events.some((e) => textOf(a, e.trigger) === "decided"), "'It was decided' is not an event");
  const agreement = events.find((e) => textOf(a, e.trigger) === "agreement")!;
  assert.deepEqual(agreement.actors.map((r) => textOf(a, r)), ["Alexander Lukashenko", "Zelensky"]);
});

test("words that only modify another noun are no events: 'fire crews', 'assault weapons'", () => {
  const a = analysed("Fire crews were called to the scene. The gunmen carried assault weapons.");
  const words = extractEvents(a).map((e) => textOf(a, e.trigger).toLowerCase());
  assert.ok(!words.includes("fire"), words.join(","));
  assert.ok(!words.includes("assault"), words.join(","));
});

test("a title in capitals inside a sentence is no event: 'the sequel, Catching Fire' — ECB+", () => {
  const a = analysed("Ross and the studio are locked in tense negotiations over his return to direct the sequel, Catching Fire.");
  assert.ok(!extractEvents(a).some((e) => textOf(a, e.trigger) === "Catching Fire"));
});

test("political idioms are not force or sanctions: 'captured the support of voters', 'suspended his campaign', a campaign rally", () => {
  const a = analysed("Clinton captured the support of older voters. The senator suspended his campaign on Tuesday. The candidate held a campaign rally in Ohio.", { Clinton: "person", Ohio: "location" });
  const types = extractEvents(a).map((e) => `${e.type} ${textOf(a, e.trigger)}`);
  assert.ok(!types.some((t) => /^(COERCE captured|SANCTION suspended|PROTEST rally)$/.test(t)), types.join(", "));
});

test("'not only killed' asserts the killing", () => {
  const a = analysed("The gang member not only killed the deputy but also wounded a man.");
  const killed = extractEvents(a).find((e) => textOf(a, e.trigger) === "killed")!;
  assert.equal(killed.modality, "asserted");
});

test("a participle with 'by' after a comma is passive: 'East Jerusalem, captured by Israel in 1967'", () => {
  const a = analysed("Palestinians want East Jerusalem, captured by Israel in 1967, for their future state.", { Palestinians: "group", "East Jerusalem": "location", Israel: "location" });
  const e = extractEvents(a).find((x) => textOf(a, x.trigger) === "captured")!;
  assert.deepEqual(e.actors.map((r) => textOf(a, r)), ["Israel"]);
});

test("the doer of a nominal event inside a phrase: 'Putin has put the deterrent on alert' — seed", () => {
  const a = analysed("Russian President Vladimir Putin has put Russia's nuclear deterrent status 'on alert'.", { "Vladimir Putin": "person", Russia: "location" });
  const e = extractEvents(a).find((x) => textOf(a, x.trigger) === "alert")!;
  assert.deepEqual(e.actors.map((r) => textOf(a, r)), ["Vladimir Putin"]);
  assert.equal(e.summary, "Vladimir Putin put forces on alert.");
});

test("a place named inside the noun phrase is where it happened, not who did it: 'a Mali hotel assault'", () => {
  const a = analysed("He discussed a recent Mali hotel assault.", { Mali: "location" });
  const e = extractEvents(a).find((x) => textOf(a, x.trigger) === "assault")!;
  assert.deepEqual(e.actors, []);
  assert.deepEqual(e.places.map((p) => [textOf(a, p.range), p.role]), [["Mali", "area"]]);
});

test("a relative clause on a nominal event tells its modality: 'elections which are planned for December' — ECB+", () => {
  const a = analysed("Parliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two-party basis.", { Turkmenistan: "location" });
  const e = extractEvents(a).find((x) => textOf(a, x.trigger) === "elections")!;
  assert.equal(e.modality, "planned");
  assert.match(e.summary, /^Elections in Turkmenistan are to be held\b/);
});

test("a fire chief is no dismissal: 'Palmer Fire Chief John McNutt was the first person to get to the fire' — ECB+", () => {
  const a = analysed("Palmer Fire Chief John McNutt was the first person to get to the fire.", { "John McNutt": "person", Palmer: "location" });
  assert.ok(!extractEvents(a).some((e) => e.type === "SANCTION"));
});
