// Claims and quotes on invented news text (no corpus text): each test is one phenomenon of attribution in news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractClaims, type ClaimMention } from "./index.js";
import { findQuotes } from "./quotes.js";
import { splitSentences } from "../../nlp/sentences.js";
import { tokenize } from "../../nlp/tokenize.js";
import type { AnalysedDocument, EntityMention, EntityType } from "../../types.js";

/** A document with hand-made mentions: every occurrence of each given name, with its type. */
function analysed(text: string, names: [string, EntityType][] = []): AnalysedDocument {
  const sentences = splitSentences(text);
  const mentions: EntityMention[] = [];
  for (const [name, type] of names)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) mentions.push({ start: i, end: i + name.length, text: name, type });
  mentions.sort((a, b) => a.start - b.start);
  return {
    doc: { id: "d1", source: "test", publishedFrom: "unknown", language: "en", text, removed: [], credits: [] } as AnalysedDocument["doc"],
    sentences,
    tokens: tokenize(text, sentences),
    mentions,
    times: [],
  };
}

const at = (text: string, r?: { start: number; end: number }): string | undefined => (r ? text.slice(r.start, r.end) : undefined);
const claimWithCue = (claims: ClaimMention[], cue: string): ClaimMention => {
  const c = claims.find((c) => c.cue === cue);
  assert.ok(c, `no claim with cue "${cue}" in ${JSON.stringify(claims.map((c) => c.cue))}`);
  return c;
};

for (const [open, close] of [["“", "”"], ["‘", "’"], ['"', '"'], ["'", "'"], ["«", "»"]]) {
  test(`takes a direct quote in ${open}…${close} marks with the speaker named after "said"`, () => {
    const text = `The bridge was closed on Tuesday. ${open}We will reopen it within a week,${close} said Maria Lindqvist, the city engineer.`;
    const [c] = extractClaims(analysed(text, [["Maria Lindqvist", "person"]]));
    assert.equal(c.cue, "said");
    assert.equal(c.content, `${open}We will reopen it within a week,${close}`);
    assert.equal(at(text, c.speakerSpan), "Maria Lindqvist, the city engineer");
    assert.equal(c.direct, true);
  });
}

test("joins a quote split around 'he said' into one claim", () => {
  const text = "“The water is safe to drink,” Tomas Berg said. “We tested it twice.”";
  const claims = extractClaims(analysed(text, [["Tomas Berg", "person"]]));
  assert.equal(claims.length, 1);
  assert.ok(claims[0].content.startsWith("“The water is safe") && claims[0].content.endsWith("We tested it twice.”"));
  assert.equal(at(text, claims[0].speakerSpan), "Tomas Berg");
});

test("keeps a quotation that runs over several sentences whole", () => {
  const text = "The mayor said: “The storm destroyed forty homes. Nobody was hurt. We will rebuild.” Crews arrived later.";
  const c = claimWithCue(extractClaims(analysed(text)), "said");
  assert.equal(c.content, "“The storm destroyed forty homes. Nobody was hurt. We will rebuild.”");
  assert.equal(at(text, c.speakerSpan), "The mayor");
  assert.equal(c.direct, true);
  assert.ok(c.evidence.end > text.indexOf("rebuild"), "the evidence covers every sentence of the quote");
});

test("reads indirect speech after 'said on Monday that' and 'told reporters'", () => {
  const text = "Governor Ana Ruiz said on Monday that the roads would stay closed. Her deputy told reporters the snow had stopped.";
  const claims = extractClaims(analysed(text, [["Ana Ruiz", "person"]]));
  const said = claimWithCue(claims, "said");
  assert.equal(said.content, "that the roads would stay closed");
  assert.equal(at(text, said.speakerSpan), "Governor Ana Ruiz");
  assert.equal(said.direct, false);
  assert.equal(claimWithCue(claims, "told").content, "the snow had stopped");
});

test("attributes a clause 'according to' a source at either end of the sentence", () => {
  const text = "According to the health ministry, 12 people were injured. Two bridges collapsed, according to local police.";
  const claims = extractClaims(analysed(text, [["health ministry", "organization"]]));
  assert.equal(claims.length, 2);
  assert.equal(claims[0].content, "12 people were injured");
  assert.equal(at(text, claims[0].speakerSpan), "the health ministry");
  assert.equal(claims[1].content, "Two bridges collapsed");
  assert.equal(at(text, claims[1].speakerSpan), "local police");
});

test("finds cues beyond verbs of saying: endorsed, found, called for", () => {
  const text = "The teachers' union endorsed the new curriculum. Investigators found that the alarm had been switched off. The UN called for an immediate ceasefire.";
  const cues = extractClaims(analysed(text)).map((c) => c.cue);
  assert.ok(cues.includes("endorsed"));
  assert.ok(cues.includes("found"));
  assert.ok(cues.some((c) => c.startsWith("called for")));
});

test("chains a post onto Facebook relayed by an outlet, nearest first", () => {
  const text = "Oleksa Danyliuk, an adviser to the energy minister, posted footage of the fire onto Facebook, Northern Star News reports.";
  const claims = extractClaims(analysed(text, [["Oleksa Danyliuk", "person"], ["Facebook", "organization"], ["Northern Star News", "organization"]]));
  const posted = claimWithCue(claims, "posted");
  assert.deepEqual(posted.via.map((r) => at(text, r)), ["Facebook", "Northern Star News"]);
  assert.equal(at(text, posted.speakerSpan), "Oleksa Danyliuk, an adviser to the energy minister");
});

test("names a news agency that 'reported' as the relay of its sentence's claim", () => {
  const text = "The army said the convoy had turned back, the Interfax news agency reported.";
  const claims = extractClaims(analysed(text, [["Interfax", "organization"]]));
  assert.deepEqual(claimWithCue(claims, "said").via.map((r) => at(text, r)), ["Interfax"]);
  assert.equal(claimWithCue(claims, "said").content, "the convoy had turned back");
});

test("lets a pronoun speaker inherit the previous sentence's speaker and channel, and an outlet's 'reports' cover what follows", () => {
  const text =
    "Lena Park posted a video of the flooded station onto Telegram, Harbour Daily reports. She commented: “The water rose in minutes.” Later the council said the line would reopen.";
  const claims = extractClaims(analysed(text, [["Lena Park", "person"], ["Telegram", "organization"], ["Harbour Daily", "organization"]]));
  const commented = claimWithCue(claims, "commented");
  assert.equal(at(text, commented.speakerSpan), "She");
  assert.equal(at(text, commented.speakerRef), "Lena Park");
  assert.deepEqual(commented.via.map((r) => at(text, r)), ["Telegram", "Harbour Daily"]);
  assert.deepEqual(claimWithCue(claims, "said").via.map((r) => at(text, r)), ["Harbour Daily"]);
});

test("resolves 'he' in a split quote to the person named before", () => {
  const text = "Colonel Idris Mensah led the patrol. “We saw nobody,” he said.";
  const c = claimWithCue(extractClaims(analysed(text, [["Idris Mensah", "person"]])), "said");
  assert.equal(at(text, c.speakerSpan), "he");
  assert.equal(at(text, c.speakerRef), "Idris Mensah");
});

test("gives a quote with no verb the person named right after it, with an empty cue", () => {
  const text = "Talks will go on. “We want a deal that is fair to both sides.”Piotr Nowak, the chief negotiator, left without taking questions.";
  const claims = extractClaims(analysed(text, [["Piotr Nowak", "person"]]));
  const c = claims.find((c) => c.cue === "");
  assert.ok(c, "the verbless quote is a claim");
  assert.equal(c.cueSpan, undefined);
  assert.equal(at(text, c.speakerSpan), "Piotr Nowak");
  assert.equal(c.content, "“We want a deal that is fair to both sides.”");
});

test("marks hedged, denied, confirmed and outlet-reported claims by their certainty", () => {
  const text =
    "The rebels reportedly said they had taken the airport. The defence ministry denied that the airport had fallen. " +
    "The regional governor confirmed that the airport was closed. The Coastal Times reported that flights were cancelled. " +
    "The rebels claimed 40 soldiers were killed, a figure yet to be confirmed by the army.";
  const claims = extractClaims(analysed(text, [["Coastal Times", "organization"]]));
  assert.equal(claimWithCue(claims, "reportedly said").certainty, "claimed");
  assert.equal(claimWithCue(claims, "denied").certainty, "denied");
  assert.equal(claimWithCue(claims, "confirmed").certainty, "confirmed");
  assert.equal(claimWithCue(claims, "reported").certainty, "reported");
  assert.equal(claimWithCue(claims, "claimed").certainty, "claimed");
});

test("does not take an apostrophe for a closing quote", () => {
  const text = "‘The mayor’s plan is late,’ a resident said.";
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 1);
  assert.equal(text.slice(quotes[0].start, quotes[0].end), "‘The mayor’s plan is late,’");
});

test("does not read 'the report' or capitalised 'States' as cues", () => {
  const text = "The report was published in the United States. The statement ran to four pages.";
  assert.deepEqual(extractClaims(analysed(text)), []);
});

test("refers 'according to an adviser …' to the person named as speaker in the next sentence, with that person's channel", () => {
  const text =
    "Shells hit the grain terminal before dawn, according to an adviser to the regional governor. Marta Kowal posted photos of the damage onto Telegram, Harbour Daily reports.";
  const claims = extractClaims(analysed(text, [["Marta Kowal", "person"], ["Telegram", "organization"], ["Harbour Daily", "organization"]]));
  const c = claimWithCue(claims, "according to");
  assert.equal(c.content, "Shells hit the grain terminal before dawn");
  assert.equal(at(text, c.speakerSpan), "an adviser to the regional governor");
  assert.equal(at(text, c.speakerRef), "Marta Kowal");
  assert.deepEqual(c.via.map((r) => at(text, r)), ["Telegram", "Harbour Daily"]);
});

test("a happening that 'continued' is not a speaker: 'As the riots have continued, …'", () => {
  const text = "As the riots have continued, more and more people have been calling for the prime minister to quit.";
  assert.ok(!extractClaims(analysed(text)).some((c) => c.cue === "continued"));
});

test("leaves 'a witness' unnamed: the next named speaker is someone else", () => {
  const text = "The boy was unarmed, according to a witness. Mahnefah Gray said that her son had never owned a gun.";
  const claims = extractClaims(analysed(text, [["Mahnefah Gray", "person"]]));
  const c = claimWithCue(claims, "according to");
  assert.equal(at(text, c.speakerSpan), "a witness");
  assert.equal(c.speakerRef, undefined);
});

test("takes the quote after a translator's note as the direct content", () => {
  const text = "The commander spoke at noon. He commented: [Translation] 'The bridge is ours. We hold both banks.'";
  const c = claimWithCue(extractClaims(analysed(text)), "commented");
  assert.equal(c.content, "'The bridge is ours. We hold both banks.'");
  assert.equal(c.direct, true);
});

test("reads wire copy's doubled single marks and mismatched curly marks as quotation marks", () => {
  const text = "''We are not leaving,'' the mayor said. “The dam will hold,“ an engineer said.";
  const quotes = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(quotes, ["''We are not leaving,''", "“The dam will hold,“"]);
  const claims = extractClaims(analysed(text));
  assert.deepEqual(claims.map((c) => [c.content, c.direct]), [["''We are not leaving,''", true], ["“The dam will hold,“", true]]);
});

test("takes the object of a stance cue up to the reporter's aside", () => {
  const text = "The union endorsed Ana Ruiz last week, calling her a fighter.";
  const c = claimWithCue(extractClaims(analysed(text, [["Ana Ruiz", "person"]])), "endorsed");
  assert.equal(c.content, "Ana Ruiz");
  assert.equal(at(text, c.speakerSpan), "The union");
});
