import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveReferences } from "./coref.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import type { EntityMention, EntityType } from "../types.js";

/** Mentions of the names given, at their n-th occurrence (default every occurrence), as the NER would give them. */
function named(text: string, names: [string, EntityType][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (out.some((m) => at < m.end && m.start < at + name.length)) continue;
      out.push({ start: at, end: at + name.length, text: name, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "reference → antecedent text" for each reference resolved in text (a name, or a description that opened a chain). */
function links(text: string, names: [string, EntityType][]): string[] {
  const mentions = named(text, names);
  const tokens = tokenize(text, splitSentences(text));
  const found = resolveReferences(text, tokens, mentions);
  return found.filter((r) => r.refersTo).map((r) => {
    const target = [...mentions, ...found].find((m) => m.start === r.refersTo?.start && m.end === r.refersTo?.end);
    assert.ok(target, `${r.text} must point at a mention`);
    assert.equal(r.type, target.type);
    assert.equal(text.slice(r.start, r.end), r.text);
    return `${r.text} → ${target.text}`;
  });
}

/** The descriptions that open a chain of their own (refer to nothing earlier). */
function openers(text: string, names: [string, EntityType][]): string[] {
  const mentions = named(text, names);
  return resolveReferences(text, tokenize(text, splitSentences(text)), mentions).filter((r) => !r.refersTo).map((r) => r.text);
}

test("links 'he' to the man named, and 'she' and 'her' to the woman", () => {
  const text = "Lindsay Lohan arrived at the court. She smiled as John Smith, her lawyer, said he would appeal.";
  assert.deepEqual(links(text, [["Lindsay Lohan", "person"], ["John Smith", "person"]]), [
    "She → Lindsay Lohan",
    "her → Lindsay Lohan",
    "lawyer → John Smith",
    "he → John Smith",
  ]);
});

test("does not link 'she' to a man, nor to a name of unknown gender", () => {
  const text = "Craig Zadan praised the host. Sam's Club said she was great.";
  assert.deepEqual(links(text, [["Craig Zadan", "person"], ["Sam", "person"]]), []);
});

test("a surname takes the gender its full name had earlier in the report", () => {
  const text = "Robert Buckley, 32, was climbing on Saturday. Rescuers said Buckley slipped before he reached the hut.";
  assert.deepEqual(links(text, [["Robert Buckley", "person"], ["Buckley", "person"]]), ["he → Buckley"]);
});

test("a title gives the gender of a name the first-name table does not know", () => {
  const text = "Mrs Kafoury was at her desk.";
  assert.deepEqual(links(text, [["Kafoury", "person"]]), ["her → Kafoury"]);
});

test("a subject pronoun takes the sentence's first person, a possessive the most recent one", () => {
  const text = "Billy King fired Jim O'Brien on Monday. King said he had relieved Jim O'Brien of his duties.";
  assert.deepEqual(links(text, [["Billy King", "person"], ["Jim O'Brien", "person"], ["King", "person"]]), [
    "he → King",
    "his → Jim O'Brien",
  ]);
});

test("an object pronoun is not the subject of its own verb ('King called him')", () => {
  const text = "John King asked Tom Hill to stay, and King called him again.";
  assert.deepEqual(links(text, [["John King", "person"], ["Tom Hill", "person"], ["King", "person"]]), ["him → Tom Hill"]);
});

test("a pronoun outside quotes skips the names quoted", () => {
  const text = 'Mary Jones read the letter: "Dear Peter Brown, we thank you." He left.';
  assert.deepEqual(links(text, [["Mary Jones", "person"], ["Peter Brown", "person"]]), []);
});

test("a pronoun after an unnamed person in its sentence ('another climber … he') refers to that person, not to the man named before", () => {
  const text = "Robert Buckley died on Saturday. A day earlier another climber, a 36-year-old man, died when he slipped.";
  assert.deepEqual(links(text, [["Robert Buckley", "person"]]), ["a 36-year-old man → another climber", "he → another climber"]);
});

test("'the actress' refers back to the woman named, 'the man' not to her", () => {
  const text = "Angela Smith left the studio on Friday. The actress had filmed for a week, and the man who drove her was not named.";
  assert.deepEqual(links(text, [["Angela Smith", "person"]]), ["The actress → Angela Smith", "who → the man", "her → Angela Smith"]);
  assert.deepEqual(openers(text, [["Angela Smith", "person"]]), ["the man"]);
});

test("a description used before any name stays unlinked", () => {
  const text = "The gunman opened fire at the office. Police later named Anthony Carter.";
  assert.deepEqual(links(text, [["Anthony Carter", "person"]]), []);
});

test("'the driver' is linked only when the report has named one person", () => {
  const one = "Anthony LaSalle, 36, was charged on Friday. Police said the driver had been drinking.";
  assert.deepEqual(links(one, [["Anthony LaSalle", "person"]]), ["the driver → Anthony LaSalle"]);
  const two = "LuAnn Johnson was struck by Anthony LaSalle. Police said the driver had been drinking.";
  assert.deepEqual(links(two, [["LuAnn Johnson", "person"], ["Anthony LaSalle", "person"]]), []);
});

test("'the 33-year-old' refers back to the person just named", () => {
  const text = "Mark Smith was arrested. The 33-year-old was released on bail.";
  assert.deepEqual(links(text, [["Mark Smith", "person"]]), ["The 33-year-old → Mark Smith"]);
});

test("'the country' takes up the country named, 'the city' the city and not the country", () => {
  const text = "An earthquake struck Indonesia near Padang. The city lost power, and the country declared an emergency.";
  assert.deepEqual(links(text, [["Indonesia", "location"], ["Padang", "location"]]), [
    "The city → Padang",
    "the country → Indonesia",
  ]);
});

test("'the city of' is a name's lead-in, not a reference", () => {
  const text = "Officials in Padang spoke. The city of Jakarta sent help.";
  assert.deepEqual(links(text, [["Padang", "location"], ["Jakarta", "location"]]), []);
});

test("returns only new mentions, never the named ones it was given", () => {
  const text = "John Smith said he would stay.";
  const mentions = named(text, [["John Smith", "person"]]);
  const out = resolveReferences(text, tokenize(text, splitSentences(text)), mentions);
  assert.equal(out.length, 1);
  assert.ok(!out.includes(mentions[0]));
  assert.deepEqual(out[0], { start: 16, end: 18, text: "he", type: "person", refersTo: { start: 0, end: 10 }, kind: "pronoun" });
});

test("'He' opening a sentence continues the previous sentence's subject; a mid-sentence 'his' does not reach back", () => {
  const text = "John Smith was arrested on Friday. He was released on bail. Police searched his house.";
  assert.deepEqual(links(text, [["John Smith", "person"]]), ["He → John Smith"]);
});

test("a woman described but never named opens her own chain: 'a woman … the woman … she'", () => {
  const text = "A 43-year-old woman was struck by a car on Friday. The woman was taken to hospital, where she died.";
  assert.deepEqual(openers(text, []).filter((t) => /woman/.test(t)), ["A 43-year-old woman"]);
  assert.deepEqual(links(text, []), ["The woman → A 43-year-old woman", "where → hospital", "she → A 43-year-old woman"]);
});

test("a description in apposition is the person named before the comma", () => {
  const text = "Tara Reid, the actress, checked into rehab on Monday.";
  assert.deepEqual(links(text, [["Tara Reid", "person"]]), ["the actress → Tara Reid"]);
});

test("a role noun right before a name is that person's title ('actress Lindsay Lohan')", () => {
  const text = "Troubled actress Lindsay Lohan checked into rehab.";
  assert.deepEqual(links(text, [["Lindsay Lohan", "person"]]), ["actress → Lindsay Lohan"]);
});

test("'they' takes up the group just described ('the robbers … they')", () => {
  const text = "Four robbers smashed the window of the store. They fled on motorbikes.";
  assert.deepEqual(links(text, []).filter((l) => l.startsWith("They")), ["They → Four robbers"]);
});

test("'who' right after a person refers to that person", () => {
  const text = "Police arrested Anthony Carter, who had fled the scene.";
  assert.deepEqual(links(text, [["Anthony Carter", "person"]]), ["who → Anthony Carter"]);
});

test("'the hospital' takes up the named hospital whose name ends in that word", () => {
  const text = "She was flown to St Mary's Hospital in London. The hospital said she was stable.";
  assert.ok(links(text, [["St Mary's Hospital", "location"], ["London", "location"]]).includes("The hospital → St Mary's Hospital"));
});

test("group words that stand for people are descriptions: 'police', 'Ukrainian officials'", () => {
  const text = "Police said Ukrainian officials had been warned.";
  assert.deepEqual(openers(text, [["Ukrainian", "group"]]), ["Police", "officials"]);
});

test("a noun that is a verb here is not a description ('Kyiv accused Russia', 'police suspect him')", () => {
  const text = "Kyiv accused Russia of lying. Police suspect him of arson.";
  assert.deepEqual(openers(text, [["Kyiv", "location"], ["Russia", "location"]]), ["Police"]);
});

test("a subject pronoun the sentence rules leave alone takes the one person of its gender in the last sentences", () => {
  const text = "Ellen DeGeneres will host the Oscars. The show's producers praised the choice, and on Friday the network said she would return.";
  assert.ok(links(text, [["Ellen DeGeneres", "person"]]).includes("she → Ellen DeGeneres"));
  const two = "Ellen DeGeneres met Anne Hathaway. The producers praised the choice, and on Friday the network said she would return.";
  assert.ok(!links(two, [["Ellen DeGeneres", "person"], ["Anne Hathaway", "person"]]).some((l) => l.startsWith("she")));
});

test("'I' inside a quotation is the speaker named outside it in the sentence", () => {
  const text = '"I am sorry for my mistakes," Lindsay Lohan told the judge.';
  assert.deepEqual(links(text, [["Lindsay Lohan", "person"]]), ["I → Lindsay Lohan", "my → Lindsay Lohan"]);
});

test("'She' after a sentence about an unnamed judge is the one woman named, not the judge of no stated gender", () => {
  const text = "Lindsay Lohan appeared in court on Monday. A judge ordered rehab. She must stay for 90 days.";
  assert.deepEqual(links(text, [["Lindsay Lohan", "person"]]), ["She → Lindsay Lohan"]);
});

test("a dead man's body is the man: 'His body was found', 'LaRue's body', 'the body of John Smith'", () => {
  const text = "John LaRue died in a motel in Biloxi. He was 75. His body was found by a maid.";
  assert.deepEqual(links(text, [["John LaRue", "person"], ["Biloxi", "location"]]), ["He → John LaRue", "His → John LaRue", "body → John LaRue"]);
  assert.deepEqual(links("Police said LaRue's body was found on Tuesday.", [["LaRue", "person"]]), ["body → LaRue"]);
  assert.deepEqual(links("Police found the body of John Smith on Tuesday.", [["John Smith", "person"]]), ["the body → John Smith"]);
});
