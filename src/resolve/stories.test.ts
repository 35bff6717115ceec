import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, Entity, EntityType, PublishedFrom } from "../types.js";
import { splitSentences } from "../nlp/sentences.js";
import { tokenize } from "../nlp/tokenize.js";
import { groupStories } from "./stories.js";

// Invented reports (no real events): two earthquakes in one region years apart, two arrests of players of one team.
// Entities are made by hand from a list of names, so that the grouping is tested apart from the tagger.
const NAMES: [RegExp, string, EntityType][] = [
  [/\b(?:Maria Ortiz|Ortiz)\b/g, "person:ortiz", "person"],
  [/\b(?:Tom Reyes|Reyes)\b/g, "person:reyes", "person"],
  [/\b(?:Dale Hooper|Hooper)\b/g, "person:hooper", "person"],
  [/\b(?:Ray Colton|Colton)\b/g, "person:colton", "person"],
  [/\bSanta Rita\b/g, "location:santa-rita", "location"],
  [/\bLos Molinos\b/g, "location:los-molinos", "location"],
  [/\bCalifornia\b/g, "location:california", "location"],
  [/\bGeological Survey\b/g, "organization:usgs", "organization"],
  [/\bHarbor City Hawks\b|\bHawks\b/g, "organization:hawks", "organization"],
  [/\bHighway Patrol\b/g, "organization:chp", "organization"],
];

function report(id: string, text: string, published?: string, publishedFrom: PublishedFrom = published ? "metadata" : "unknown"): AnalysedDocument {
  const sentences = splitSentences(text);
  return {
    doc: { id, source: `${id}.txt`, text, language: "en", publishedFrom, ...(published ? { published } : {}), removed: [], credits: [] },
    sentences, tokens: tokenize(text, sentences), mentions: [], times: [],
  };
}

function entitiesOf(docs: AnalysedDocument[]): Entity[] {
  return NAMES.map(([re, id, type]) => ({
    id, name: id.split(":")[1], type, aliases: [], reasons: [],
    mentions: docs.flatMap((a) => [...a.doc.text.matchAll(re)].map((m) => ({ doc: a.doc.id, start: m.index!, end: m.index! + m[0].length }))),
  })).filter((e) => e.mentions.length);
}

const together = (stories: ReturnType<typeof groupStories>, a: string, b: string) => stories.some((s) => s.documents.includes(a) && s.documents.includes(b));

const quake2014 = [
  report("q14a", "A magnitude 6.1 earthquake struck Santa Rita, California early on Sunday, the Geological Survey said. Mayor Maria Ortiz said 120 people were injured. Ortiz declared an emergency as aftershocks rattled Santa Rita in 2014."),
  report("q14b", "Santa Rita cleaned up on Monday after the magnitude 6.1 quake. Maria Ortiz, the mayor, said 120 residents were hurt and old brick buildings cracked. The 2014 quake was the strongest in Santa Rita in decades."),
  report("q14c", "Engineers inspected Santa Rita bridges after Sunday's 6.1 earthquake. Ortiz asked California for aid; 120 injured people were treated. Wineries near Santa Rita lost barrels in the 2014 shaking."),
];
const quake2003 = [
  report("q03a", "A magnitude 5.4 earthquake shook Los Molinos, California on Tuesday, the Geological Survey said. Fire chief Tom Reyes said 14 people were injured. Reyes said a church tower fell in Los Molinos in 2003."),
  report("q03b", "Los Molinos counted the damage from Tuesday's 5.4 quake. Tom Reyes said 14 residents were hurt and the church tower collapsed. The 2003 earthquake cut power across Los Molinos."),
  report("q03c", "Crews restored power in Los Molinos after the magnitude 5.4 earthquake. Reyes praised volunteers; 14 injured people left hospital. Schools in Los Molinos reopened after the 2003 quake."),
];

test("two earthquakes of one region, years apart, with their own town, officials and magnitudes, are two stories", () => {
  const docs = [...quake2014, ...quake2003];
  const stories = groupStories(docs, entitiesOf(docs));
  assert.equal(stories.length, 2, JSON.stringify(stories.map((s) => s.documents)));
  assert.ok(together(stories, "q14a", "q14c") && together(stories, "q03a", "q03b"));
  assert.ok(!together(stories, "q14a", "q03a"));
});

const arrestHooper = [
  report("h1", "Harbor City Hawks receiver Dale Hooper was arrested on suspicion of drunken driving early Tuesday, the Highway Patrol said. Hooper, 25, was stopped on state Route 52 near Clairemont at 2:30 a.m. after weaving between lanes. Hooper was on probation for a 2006 drunken driving case. Hooper will play in Sunday's playoff game at Pittsburgh, coach Alan Smith said."),
  report("h2", "Dale Hooper apologised to his teammates and to Pittsburgh-bound fans a day after his arrest near Clairemont. Hooper, 25, failed a field sobriety test on Route 52, officer Brad Baker said. Prosecutors will decide whether the probation from Hooper's 2006 case was violated. Smith said the receiver would start on Sunday."),
  report("h3", "The league will wait for the courts before it disciplines Dale Hooper. Hooper's 2006 conviction means the Clairemont stop could bring jail time, lawyers said. Hooper caught 59 passes this season and is the team's leading receiver. Smith called the arrest a distraction before Pittsburgh."),
];
const arrestColton = [
  report("c1", "Hawks lineman Ray Colton was arrested on suspicion of drunken driving early Sunday, the team's second such arrest in a month. Colton, 32, was going 90 miles an hour in his Bentley on Route 94 near Ridgeview, officer Brian Penn said. Colton gave a blood sample and was released on $5,000 bail. The 11-year veteran has been chosen for five all-star teams."),
  report("c2", "Ray Colton was booked into the Ridgeview jail hours after the Bentley was pulled over on Route 94. Penn said Colton, 32, was polite and cooperative. The results of the blood test will not be known for weeks. Colton missed the last four games of the season with a knee injury."),
  report("c3", "City attorney Gina Cole will decide whether to charge Ray Colton once the blood results come back. Colton, 32, could face a misdemeanor charge and a suspended licence. The Bentley was impounded in Ridgeview. Colton has not spoken since the arrest; his agent called it a private matter."),
];

test("arrests of two players of one team on the same charge are two stories: each report is led by its own man", () => {
  const docs = [...arrestHooper, ...arrestColton];
  const stories = groupStories(docs, entitiesOf(docs));
  assert.ok(!together(stories, "h1", "c1") && !together(stories, "h2", "c2"), JSON.stringify(stories.map((s) => s.documents)));
  assert.ok(together(stories, "h1", "h3") && together(stories, "c1", "c3"));
});

test("reports of one story published months apart by their metadata are never grouped", () => {
  const docs = [
    report("m1", quake2014[0].doc.text, "2014-08-24"),
    report("m2", quake2014[1].doc.text, "2014-12-20"),
  ];
  const stories = groupStories(docs, entitiesOf(docs));
  assert.equal(stories.length, 2);
});

test("a date read from a report's own words does not split a story (it can be a guess)", () => {
  const docs = [
    report("t1", quake2014[0].doc.text, "2014-08-24", "text"),
    report("t2", quake2014[1].doc.text, "2021-08-25", "text"),
  ];
  assert.equal(groupStories(docs, entitiesOf(docs)).length, 1);
});

test("a short follow-up that names few of the story's words joins the story it is most like", () => {
  const brief = report("brief", "Santa Rita schools stay shut after the 6.1 earthquake.");
  const docs = [...quake2014, ...quake2003, brief];
  const stories = groupStories(docs, entitiesOf(docs));
  assert.ok(together(stories, "brief", "q14a"), JSON.stringify(stories.map((s) => s.documents)));
  assert.ok(!together(stories, "brief", "q03a"));
});

test("two reports of the same day's events (one undated) are one story", () => {
  const docs = [quake2014[0], report("dated", quake2014[2].doc.text, "2014-08-25")];
  const stories = groupStories(docs, entitiesOf(docs));
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0].documents, [quake2014[0].doc.id, "dated"]);
});
