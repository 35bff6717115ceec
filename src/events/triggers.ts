/**
 * Finding event words: the trigger lexicon compiled once into a Map from each inflected first word to the entries
 * it can start, then matched word by word with each entry's conditions.
 */
import { TRIGGERS, type TriggerEntry } from "./lexicon/triggers.js";
import { nounForms, verbForms } from "./inflect.js";
import type { SentenceView } from "./context.js";

interface CompiledEntry {
  entry: TriggerEntry;
  rest: Set<string>[]; // forms each later word may take
  order: number;
  prev?: Set<string>;
  notPrev?: Set<string>;
  notNext?: Set<string>;
  notNear?: Set<string>;
  near?: Set<string>;
  context?: string[];
  unless?: string[];
}

export interface TriggerMatch {
  entry: TriggerEntry;
  first: number; // token index in the sentence
  last: number;
  passive: boolean;
}

let compiled: Map<string, CompiledEntry[]> | undefined;
let nounFormsOfLexicon: Set<string> | undefined;

/** Verbs of the lexicon that are also everyday nouns, though the lexicon has no noun entry for them. */
const HOMOGRAPHS = new Set([
  "host", "hosts", "name", "names", "cut", "cuts", "ban", "bans", "book", "books", "march", "marches", "hit", "hits",
  "support", "supports", "return", "returns", "demand", "demands", "ram", "rams", "sack", "sacks", "sign", "signs",
  "fight", "fights", "shell", "shells", "bomb", "bombs", "rape", "torture", "shoot", "shoots", "appeal", "appeals",
  "surrender", "retreat", "patrol", "patrols", "hijack", "aid", "jail", "slip", "slips", "burn", "burns", "hurt",
  "wound", "wounds", "veto", "boycott", "boycotts", "plea", "probe", "probes", "rob", "pull", "take", "takes", "set",
  "sets", "call", "calls", "open", "cause", "sink", "lead", "drive", "leave", "steal", "ask", "sentence", "sentences",
]);

/** A word form that is a verb of the lexicon and also a noun: its use must be read from the words around it. */
function ambiguous(form: string): boolean {
  return HOMOGRAPHS.has(form) || (nounFormsOfLexicon?.has(form) ?? false);
}

/** Irregular past forms that read as verbs without -ed: "shot", "struck", "fell". */
const IRREGULAR_PAST = new Set(["shot", "struck", "fell", "fallen", "held", "met", "fled", "took", "taken", "stole", "stolen", "hit", "beaten", "broke", "broken", "fought", "threw", "thrown", "sought", "gave", "given", "won", "lost", "drove", "driven", "led", "sent", "slain", "shook", "sank", "sunk", "withdrew", "withdrawn", "overthrew", "overthrown", "burnt", "caught", "tore", "torn", "blew", "blown", "hung", "left", "rammed"]);

/** The lexicon as a Map, built on first use. */
function lexicon(): Map<string, CompiledEntry[]> {
  if (compiled) return compiled;
  const map = new Map<string, CompiledEntry[]>();
  TRIGGERS.forEach((entry, order) => {
    const words = entry.match.split(" ");
    const verb = entry.pos === "verb";
    const formsAt = (w: string, k: number): string[] => {
      if (verb) return k === 0 ? verbForms(w) : [w, ...nounForms(w)];
      return k === words.length - 1 ? nounForms(w) : [w];
    };
    const c: CompiledEntry = {
      entry,
      order,
      rest: words.slice(1).map((w, k) => new Set(formsAt(w, k + 1))),
      prev: entry.prev && new Set(entry.prev),
      notPrev: entry.notPrev && new Set(entry.notPrev),
      notNext: entry.notNext && new Set(entry.notNext),
      notNear: entry.notNear && new Set(entry.notNear),
      near: entry.near && new Set(entry.near),
      context: entry.context,
      unless: entry.unless,
    };
    for (const form of formsAt(words[0], 0)) {
      const list = map.get(form) ?? [];
      list.push(c);
      map.set(form, list);
    }
  });
  for (const list of map.values()) list.sort((a, b) => a.order - b.order);
  nounFormsOfLexicon = new Set(TRIGGERS.filter((e) => e.pos === "noun").flatMap((e) => nounForms(e.match.split(" ").at(-1)!)));
  return (compiled = map);
}

const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "'s", "of", "no",
  "any", "some", "each", "every", "such", "further", "new", "in", "on", "at", "for", "after", "before", "during", "amid",
  "with", "by", "from", "into", "over", "under", "against", "about", "following", "first", "second", "last", "latest",
  "recent", "deadly", "fatal", "major", "massive", "several", "two", "three", "many", "more", "fresh",
]);
const VERBAL_BEFORE = new Set([
  "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "n't",
  "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "he", "she", "they", "we", "i", "it", "who",
  "which", "also", "reportedly", "allegedly", "then", "later", "subsequently", "had", "never", "just", "already",
  "'ve", "'re", "'d", "'ll",
]);
const BE_FORMS = new Set(["was", "were", "been", "being", "be", "is", "are", "get", "got", "gets", "getting", "'s", "'re"]);

/** The word before token i, "^" at the start of the sentence (or of a quotation). */
function prevWord(v: SentenceView, i: number): string {
  let k = i - 1;
  while (k >= 0 && /^["“”‘'\[\]]$|^translation$/.test(v.words[k])) k--;
  return k < 0 || v.words[k] === ":" ? "^" : v.words[k];
}

/** Whether the word at i is used as a verb: after "to"/an auxiliary/a pronoun, an -ed/-ing form, or a name or plural subject. */
function verbal(v: SentenceView, i: number): boolean {
  const p = prevWord(v, i);
  if (VERBAL_BEFORE.has(p)) return true;
  if (DETERMINERS.has(p)) return false;
  const w = v.words[i];
  if (/(ed|ing)$/.test(w)) return true;
  // "Russia attacks Ukraine", "rebels attack" (verb) vs "rocket strikes on Kharkiv", "the missile attack" (noun)
  const prevToken = v.tokens[i - 1]?.text ?? "";
  const next = v.words[i + 1] ?? "";
  if (/s$/.test(w)) return !/^(on|in|of|against|at|into|and|or|,|\.|;|:|were|are|have|had|by|that|which|from|to|—|-)$/.test(next) && next !== "";
  return /^\p{Lu}/u.test(prevToken) || (/s$/.test(p) && !/s$/.test(w) && p.length > 3);
}

function nominal(v: SentenceView, i: number): boolean {
  const p = prevWord(v, i);
  if (VERBAL_BEFORE.has(p) && p !== "'s") return false;
  const w = v.words[i];
  if (/ed$/.test(w) && !DETERMINERS.has(p)) return false;
  return true;
}

/** Whether token i is a past participle after a form of "be" ("were launched", "have reportedly been launched"). */
function isPassive(v: SentenceView, i: number): boolean {
  const w = v.words[i];
  if (!/(ed|en|wn|ht|ck|ot|ld|ut|it|un)$/.test(w) || /ing$/.test(w)) return false;
  // a participle with its doer after a noun or comma: "East Jerusalem, captured by Israel in 1967"
  if (v.words[i + 1] === "by" && /^(,|\(|—|–)$/.test(v.words[i - 1] ?? "")) return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const x = v.words[k];
    if (BE_FORMS.has(x)) return x !== "'s" || /(ed|en)$/.test(w);
    if (!/ly$|^(not|n't|also|already|just|since|then|later|all|reportedly|allegedly|being)$/.test(x)) return false;
  }
  return false;
}

function conditionsHold(c: CompiledEntry, v: SentenceView, first: number, last: number): boolean {
  const p = prevWord(v, first);
  if (c.prev && !c.prev.has(p)) return false;
  if (c.notPrev && c.notPrev.has(p)) return false;
  if (c.near) {
    let ok = false;
    for (let k = last + 1; k <= Math.min(v.words.length - 1, last + 6); k++) if (c.near.has(v.words[k])) ok = true;
    if (!ok) return false;
  }
  if (c.notNext && c.notNext.has(v.words[last + 1] ?? "")) return false;
  if (c.notNear) {
    for (let k = last + 1; k <= Math.min(v.words.length - 1, last + 6); k++) if (c.notNear.has(v.words[k])) return false;
  }
  if (c.context && !c.context.some((w) => v.wordSet.has(w))) return false;
  if (c.unless && c.unless.some((w) => v.wordSet.has(w))) return false;
  if (c.entry.pos === "verb" && c.rest.length === 0) {
    // a base or -s form must read as a verb; an -ed/-ing form only must not follow a determiner ("the alleged")
    const w = v.words[first];
    if (/(ed|ing)$/.test(w) || IRREGULAR_PAST.has(w) || !ambiguous(w) ? nominalOnly(v, first) : !verbal(v, first)) return false;
  }
  if (c.entry.pos === "noun" && c.rest.length === 0 && !nominal(v, first)) return false;
  // "the call for freedom", "a pull out": a verb phrase after a determiner is a noun
  if (c.entry.pos === "verb" && c.rest.length > 0 && !/(ed|ing)$/.test(v.words[first]) && /^(the|a|an|this|that|his|her|their|its|our)$/.test(p)) return false;
  return true;
}

const PREPOSITION_WORDS = new Set(["of", "in", "on", "at", "for", "after", "before", "during", "with", "by", "from", "into", "over", "against", "about", "following", "without"]);

/** A verb form used as a noun or adjective: after a determiner ("the alleged", "the injured"), not a gerund after a preposition ("charged with murdering"). */
function nominalOnly(v: SentenceView, i: number): boolean {
  const p = prevWord(v, i);
  return DETERMINERS.has(p) && !(/ing$/.test(v.words[i]) && PREPOSITION_WORDS.has(p));
}

/** "the sequel, Catching Fire": a phrase written in capitals inside a sentence that is not itself a headline is a title or a name. */
function titleInRunningText(v: SentenceView, first: number, last: number): boolean {
  if (first === 0) return false;
  for (let k = first; k <= last; k++) if (!/^\p{Lu}/u.test(v.tokens[k].text)) return false;
  // one capitalised word is a title only after another: "Catching Fire", not "Hurricane Katrina" or "the War"
  if (first === last && (first < 2 || !/^\p{Lu}\p{Ll}/u.test(v.tokens[first - 1].text))) return false;
  const words = v.tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitals < words.length * 0.6; // a Title Case headline capitalises most of its words
}

/** Every trigger of a sentence, left to right; a word takes part in at most one trigger. */
export function findTriggers(v: SentenceView): TriggerMatch[] {
  const lex = lexicon();
  const out: TriggerMatch[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const candidates = lex.get(v.words[i]);
    if (!candidates) continue;
    const inName = v.mentionAt[i]?.type;
    if (inName === "person" || inName === "organization" || inName === "location") continue; // "North Atlantic Treaty Organisation"
    for (const c of candidates) {
      const last = i + c.rest.length;
      if (last >= v.words.length) continue;
      if (!c.rest.every((forms, k) => forms.has(v.words[i + 1 + k]))) continue;
      if (!conditionsHold(c, v, i, last)) continue;
      if (titleInRunningText(v, i, last)) continue;
      out.push({ entry: c.entry, first: i, last, passive: c.entry.pos === "verb" && isPassive(v, i) });
      i = last;
      break;
    }
  }
  return out;
}

/** The number of lexicon entries, and how many have an example phrase (every one should). */
export function lexiconSize(): { entries: number; forms: number } {
  return { entries: TRIGGERS.length, forms: lexicon().size };
}
