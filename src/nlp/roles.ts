/**
 * Roles and descriptions of people, as the report states them: a title before the name ("Defence Minister Oleksii
 * Reznikov", "Ukrainian interior ministry adviser Anton Herashchenko") or an apposition after it ("Vladimir Medinsky,
 * the head of the Russian delegation and an aide to Putin, said"). Titles are never part of the name.
 */
import type { EntityMention, Token } from "../types.js";

/** Nouns that make a phrase a role: the head of "Foreign Minister", "interior ministry adviser". */
const ROLE_HEADS = new Set([
  "president", "minister", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
  "leader", "secretary", "ambassador", "envoy", "governor", "mayor", "general", "commander", "official", "director",
  "chairman", "chairwoman", "chair", "ceo", "senator", "congressman", "congresswoman", "representative", "lawmaker",
  "judge", "prosecutor", "attorney", "lawyer", "premier", "chancellor", "king", "queen", "prince", "princess", "pope",
  "emir", "sheikh", "speaker", "negotiator", "diplomat", "commissioner", "officer", "colonel", "lieutenant", "sergeant",
  "captain", "major", "admiral", "marshal", "founder", "executive", "analyst", "researcher", "professor", "correspondent",
  "reporter", "editor", "journalist", "candidate", "nominee", "deputy", "mp", "mep", "coach", "manager", "owner",
  "activist", "member", "vice-president", "prime", "press", "inspector", "superintendent", "sheriff", "spy", "boss",
]);

/** Words that may stand inside a title before its head: "Foreign", "interior ministry", "deputy prime". */
const ROLE_MODIFIERS = new Set([
  "foreign", "defence", "defense", "interior", "home", "finance", "justice", "health", "economy", "energy", "trade",
  "presidential", "deputy", "vice", "prime", "former", "acting", "senior", "chief", "top", "general", "state", "national",
  "security", "military", "ministry", "ministerial", "government", "federal", "regional", "local", "opposition", "party",
  "executive", "managing", "press", "communications", "affairs", "intelligence", "army", "navy", "police", "white",
  "house", "supreme", "court", "council", "parliament", "parliamentary", "presidency", "cabinet", "then", "acting",
  "of", "and", "the", "armed", "forces", "staff", "joint", "delegation", "secretary", "special", "un", "eu",
]);

const APPOSITION_STOP = /^(said|says|told|added|stated|wrote|posted|announced|warned|claimed|insisted|explained|noted|argued|reportedly|who|which|that|has|have|had|was|is|will|would)$/i;

export function attachRoles(text: string, tokens: Token[], mentions: EntityMention[]): EntityMention[] {
  // Tokens are in text order: their starts and ends are found by binary search (no per-token maps to build).
  const startIndex = { get: (offset: number) => tokenAt(tokens, offset, (t) => t.start) };
  const endIndex = { get: (offset: number) => tokenAt(tokens, offset, (t) => t.end) };
  // A title never reaches back into another person's name ("President Volodymyr Zelenskyy and Belarusian leader …").
  const inPerson = new Set<number>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    for (let i = startIndex.get(m.start) ?? tokens.length; i < tokens.length && tokens[i].end <= m.end; i++) inPerson.add(i);
  }
  return mentions.map((m) => {
    if (m.type !== "person" || m.description) return m;
    const first = startIndex.get(m.start);
    const last = endIndex.get(m.end);
    const before = first !== undefined ? titleBefore(text, tokens, first, inPerson) : undefined;
    const after = last !== undefined ? appositionAfter(text, tokens, last) : undefined;
    const description = before ?? after;
    return description ? { ...m, description } : m;
  });
}

/** The index of the token whose start (or end) is exactly `offset`, if any. */
function tokenAt(tokens: Token[], offset: number, at: (t: Token) => number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(tokens[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && at(tokens[lo]) === offset ? lo : undefined;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const lower = (t: Token) => t.text.toLowerCase();

/** "Belarusian Foreign Minister" before "Vladimir Makei"; "Ukraine's interior ministry adviser". */
function titleBefore(text: string, tokens: Token[], first: number, inPerson: Set<number>): string | undefined {
  let i = first - 1;
  const sentence = tokens[first].sentence;
  let sawHead = false;
  let start = first;
  while (i >= 0 && tokens[i].sentence === sentence && first - i <= 8 && !inPerson.has(i)) {
    const t = tokens[i];
    const w = lower(t);
    if (ROLE_HEADS.has(w)) sawHead = true;
    else if (!(ROLE_MODIFIERS.has(w) || (sawHead && isModifierName(tokens, i)))) break;
    start = i;
    i--;
  }
  if (!sawHead) return undefined;
  // A role never opens with a function word: "of the" belongs to the phrase before it.
  while (start < first && /^(of|and|the)$/i.test(tokens[start].text)) start++;
  const phrase = text.slice(tokens[start].start, tokens[first - 1].end);
  return ROLE_HEADS.has(lower(tokens[first - 1])) || /minister|president|adviser|advisor/i.test(phrase) ? phrase : undefined;
}

/** A capitalised word or a possessive that qualifies a title: "Belarusian", "Ukraine 's", "Russian". */
function isModifierName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (/^['’]s$/.test(t.text)) return i > 0 && isCapitalised(tokens[i - 1]);
  return isCapitalised(t) && !/^(The|A|An|In|On|At|As|By|For|With|From|And|But|Mr\.?|Mrs\.?|Ms\.?)$/.test(t.text);
}

/** ", the head of the Russian delegation and an aide to Putin" after the name, up to the verb or next comma. */
function appositionAfter(text: string, tokens: Token[], last: number): string | undefined {
  const comma = tokens[last + 1];
  if (!comma || comma.text !== "," || comma.sentence !== tokens[last].sentence) return undefined;
  const det = tokens[last + 2];
  if (!det || !/^(the|a|an|who is|his|her|its)$/i.test(det.text)) return undefined;
  let j = last + 2;
  let sawHead = false;
  while (j < tokens.length && tokens[j].sentence === det.sentence && j - last < 25) {
    const t = tokens[j];
    if (t.text === "," || t.text === ";" || t.text === "." || APPOSITION_STOP.test(t.text) || /^["“”(]$/.test(t.text)) break;
    if (ROLE_HEADS.has(lower(t))) sawHead = true;
    j++;
  }
  if (!sawHead || j === last + 2) return undefined;
  return text.slice(det.start, tokens[j - 1].end);
}
