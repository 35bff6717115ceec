/**
 * Finds attributions in one sentence: for each cue, its speaker span and its content span. Works on the sentence's
 * own tokens and the document's quotations, without a parser: the speaker is the noun phrase before the cue (or after
 * it, in inversion: "…, said the minister"), the content the clause after it (or before it, in inversion), and a
 * quotation next to the cue is the content whole, wherever it starts and ends.
 */
import type { CueEntry } from "./cues.js";
import { BETWEEN_SPEAKER_AND_CUE, CLAUSE_OPENERS, DETERMINERS, SPEAKER_STOP, cueFor } from "./lexicon.js";
import type { Quote } from "./quotes.js";
import { isCapitalised, isQuoteChar, isWord, tokensOf, type Tok } from "./tokens.js";

export interface Range {
  start: number;
  end: number;
}

export interface Attribution {
  entry: CueEntry | undefined; // undefined for a colon headline "Name: content"
  cue: Range;
  speaker?: Range;
  content: Range;
  direct: boolean;
  inverted: boolean;
}

const OPENERS = new Set(["“", "‘", "«", "„", "‹"]);
const CLOSERS = new Set(["”", "’", "»", "›"]);
const END_PUNCT = new Set([".", "!", "?", ";"]);
const MAX_SPEAKER = 12;
const LEADING_ADVERBS = new Set("later earlier meanwhile yesterday today tonight however also then now separately instead still".split(" "));
const TITLE_OR_INITIAL = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Prof|Sgt|Capt|Maj|Adm|Rev|Pres)$/u;

/** A cue found at token i, spanning tokens i..last (particles like "to" in "according to" included). */
interface CueHit {
  entry: CueEntry;
  first: number;
  last: number;
}

function findCues(toks: Tok[], quotes: Quote[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    // a cue is a lower-case word outside quotations ("States", "I think" inside a quote are not the report's attributions)
    if (!isWord(toks[i]) || (toks[i].text !== toks[i].lower && !(i === 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[i].text)))) continue;
    if (quotes.some((q) => q.start < toks[i].start && toks[i].end < q.end)) continue;
    const entry = cueFor(toks[i].lower, toks[i + 1]?.lower);
    if (!entry) continue;
    const prev = toks[i - 1]?.lower;
    // after a determiner the word is a noun ("the report", "his call"); after "to" it joins the cue before it
    if (prev && DETERMINERS.has(prev) && entry.frame !== "hedge" && prev !== "that") continue;
    let last = i;
    if (entry.next && [...entry.cue.split(" ")].length > 1) last = i + 1;
    if (entry.frame === "prep") last = i + 1;
    const before = hits.at(-1);
    if (before && i - before.last <= 2 && toks.slice(before.last + 1, i).every((t) => ["to", "on", "that"].includes(t.lower) || BETWEEN_SPEAKER_AND_CUE.has(t.lower))) {
      // "declined to comment", "went on to say", "refused to say": one attribution with one cue;
      // after a hedge ("reportedly said") the verb's frame decides where speaker and content are
      before.last = last;
      if (before.entry.frame === "hedge") before.entry = entry;
      continue;
    }
    hits.push({ entry, first: i, last });
  }
  return hits;
}

/** Index of the first token left of the cue that is not an auxiliary or adverb. */
function skipLeft(toks: Tok[], i: number): number {
  while (i >= 0 && (BETWEEN_SPEAKER_AND_CUE.has(toks[i].lower) || (/ly$/.test(toks[i].lower) && !isCapitalised(toks[i]) && toks[i].lower !== "only"))) i--;
  return i;
}

/** The noun phrase ending at token j, read leftwards: [from, j] or undefined. */
function phraseEndingAt(toks: Tok[], j: number, floor: number): [number, number] | undefined {
  if (j < floor || !isWord(toks[j])) return undefined;
  if (["who", "which", "that"].includes(toks[j].lower)) return [j, j];
  if (SPEAKER_STOP.has(toks[j].lower)) return undefined;
  let k = j;
  while (k - 1 >= floor && j - (k - 1) < MAX_SPEAKER) {
    const t = toks[k - 1];
    if (t.text === "'s" || t.text === "’s" || t.text === "-" || t.text === "&") { k--; continue; }
    // the full stop of a title or an initial stays inside a name: "Mr. Smith", "Frederic C. Hof"
    if (t.text === "." && k - 2 >= floor && TITLE_OR_INITIAL.test(toks[k - 2].text)) { k--; continue; }
    if (!isWord(t)) break;
    if (SPEAKER_STOP.has(t.lower) && !isCapitalised(t)) break;
    if (cueFor(t.lower, toks[k]?.lower) && !isCapitalised(t)) break;
    k--;
  }
  if (SPEAKER_STOP.has(toks[k].lower) && k < j) k++;
  while (k < j && LEADING_ADVERBS.has(toks[k].lower)) k++;
  return [k, j];
}

/** The noun phrase starting at token j, read rightwards (the speaker of an inverted cue). */
function phraseStartingAt(toks: Tok[], j: number): [number, number] | undefined {
  if (j >= toks.length || !isWord(toks[j])) return undefined;
  let k = j;
  while (k + 1 < toks.length && k + 1 - j < MAX_SPEAKER) {
    const t = toks[k + 1];
    if (t.text === "'s" || t.text === "’s" || t.text === "-" || t.text === "&" || t.text === ".") {
      if (t.text === "." && !TITLE_OR_INITIAL.test(toks[k].text)) break;
      k++;
      continue;
    }
    if (!isWord(t)) break;
    if (["in", "on", "at", "during", "after", "before", "when", "while", "who", "which", "that", "and", "but", "as", "to", "from", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "told", "adding", "saying"].includes(t.lower)) break;
    k++;
  }
  return [j, k];
}

const span = (toks: Tok[], a: number, b: number): Range => ({ start: toks[a].start, end: toks[b].end });

/** The content end for a clause that runs to the end of its sentence: drop the final full stop, keep a closing quote. */
function clauseEnd(toks: Tok[], from: number, stopAt: number): number {
  let j = stopAt;
  while (j > from && (END_PUNCT.has(toks[j].text) || toks[j].text === "," || toks[j].text === ":" || toks[j].text === "—")) j--;
  return j;
}

/** A quote that ends at token j (allowing the comma inside or outside the closing mark). */
function quoteEndingNear(toks: Tok[], j: number, quotes: Quote[]): Quote | undefined {
  for (let k = j; k >= j - 1 && k >= 0; k--) {
    const q = quotes.find((q) => q.end === toks[k].end && q.closed);
    if (q) return q;
    if (![",", "—"].includes(toks[k].text)) break;
  }
  return undefined;
}

/**
 * Attributions in the sentence [start, end) of `text`. `quotes` are the document's quotations, so that a quote that
 * runs over several sentences, or opens the next paragraph after "X said:", is taken whole.
 */
export function attributeSentence(text: string, start: number, end: number, quotes: Quote[]): Attribution[] {
  const toks = tokensOf(text, start, end);
  if (!toks.length) return [];
  // a closing mark of any shape, as copy often mixes them ("…,“ an engineer said")
  const closesQuote = (t: Tok): boolean => CLOSERS.has(t.text) || ((t.text === '"' || t.text === "'" || t.text === "“") && quotes.some((q) => q.closed && q.end === t.end));
  const out: Attribution[] = [];
  const hits = findCues(toks, quotes);
  const last = toks.length - 1;

  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    const { entry } = hit;
    const cue = span(toks, hit.first, hit.last);
    const nextHit = hits[h + 1];

    if (entry.frame === "prep") {
      // "according to X, C" or "C, according to X"
      const src = sourceAfterAccordingTo(toks, hit.last + 1);
      const srcEnd = src ? src[1] : hit.last;
      const initial = hit.first === 0 || (hit.first <= 2 && toks.slice(0, hit.first).every((t) => !isWord(t) || ["but", "and", "yet"].includes(t.lower)));
      let content: Range | undefined;
      if (initial) {
        const from = toks[srcEnd + 1]?.text === "," ? srcEnd + 2 : srcEnd + 1;
        if (from <= last) content = span(toks, from, clauseEnd(toks, from, last));
      } else {
        let to = hit.first - 1;
        while (to > 0 && [",", "—", "("].includes(toks[to].text)) to--;
        let from = 0;
        for (let k = to; k > 0; k--) if (toks[k].text === ":" && !isInsideQuote(quotes, toks[k].start)) { from = k + 1; break; }
        // "At the heart of it, according to X, was a decision …": the content runs on both sides of the aside
        const after = toks[srcEnd + 1]?.text === "," || toks[srcEnd + 1]?.text === "—" ? srcEnd + 2 : -1;
        if (after > 0 && after <= last && isWord(toks[after])) to = clauseEnd(toks, after, last);
        if (to >= from) content = span(toks, from, to);
      }
      if (content) out.push({ entry, cue, speaker: src ? span(toks, src[0], src[1]) : undefined, content, direct: false, inverted: !initial });
      continue;
    }

    if (entry.frame === "hedge") {
      const content = span(toks, 0, clauseEnd(toks, 0, last));
      out.push({ entry, cue, content, direct: false, inverted: false });
      continue;
    }

    const passive = passiveOf(toks, hit);
    if (passive) {
      out.push({ entry, cue, ...passive, direct: false, inverted: false });
      continue;
    }
    const left = skipLeft(toks, hit.first - 1);
    const leftTok = toks[left];
    // inversion: "…," said the minister / "…," the minister said
    const cueAfterComma = left >= 0 && ([",", "—"].includes(leftTok.text) || closesQuote(leftTok));
    let speakerPhrase = cueAfterComma ? appositiveSpeaker(toks, left) : phraseEndingAt(toks, left, 0);
    // "Carter's press secretary, Peter Cook, told the Times that …": no quote before the comma, content after the cue
    if (cueAfterComma && !speakerPhrase && [",", "—"].includes(leftTok.text) && !/ing$/.test(toks[hit.first].lower) && !quoteEndingNear(toks, left, quotes) && (entry.frame === "tell" ? !isInvertedTail(toks, hit.last + 1) : toks[hit.last + 1]?.lower === "that" || (!isInvertedTail(toks, hit.last + 1) && !shortPlainTail(toks, hit.last + 1))))
      speakerPhrase = looseAppositive(toks, left);
    const appositive = cueAfterComma && !!speakerPhrase;
    if (entry.frame === "raising") {
      const subject = phraseEndingAt(toks, left, 0);
      const from = subject ? subject[0] : hit.first;
      out.push({ entry, cue, content: span(toks, from, clauseEnd(toks, from, last)), direct: false, inverted: false });
      continue;
    }
    // a participle after a comma ("…, saying C") takes the subject of the sentence as its speaker
    if (cueAfterComma && !appositive && /ing$/.test(toks[hit.first].lower)) speakerPhrase = subjectBefore(toks, hit.first);

    // a second verb of the sentence's subject: "Clinton celebrated with supporters and said C"
    if (!speakerPhrase && !cueAfterComma && left > 0 && ["and", "but"].includes(toks[left].lower)) speakerPhrase = subjectBefore(toks, left);
    const beforePhrase = speakerPhrase ? skipLeft(toks, speakerPhrase[0] - 1) : -1;
    const phraseAfterComma = !!speakerPhrase && beforePhrase >= 0 && ([",", "—"].includes(toks[beforePhrase].text) || closesQuote(toks[beforePhrase]));
    const rightAfterCue = hit.last + 1;
    const prepositionalTail = PREPOSITIONAL_TAIL.has(toks[rightAfterCue]?.lower ?? "") && !toks.slice(rightAfterCue).some((t) => t.lower === "that" || t.text === ":" || OPENERS.has(t.text));
    const endsSoon = isInvertedTail(toks, rightAfterCue) || prepositionalTail || quoteThenTail(text, toks, beforePhrase, rightAfterCue, quotes);
    const participle = /ing$/.test(toks[hit.first].lower) && cueAfterComma && !appositive;

    const saying = entry.frame === "speech" || entry.frame === "tell";
    if (!participle && saying && ((cueAfterComma && !appositive) || (phraseAfterComma && endsSoon))) {
      // inverted: content is what comes before the comma
      const speaker = speakerPhrase ?? withAppositive(toks, phraseStartingAt(toks, rightAfterCue));
      const commaAt = speakerPhrase ? beforePhrase : left;
      const quote = quoteEndingNear(toks, commaAt, quotes);
      let content: Range | undefined;
      let direct = false;
      if (quote) {
        direct = true;
        content = { start: quote.start, end: quote.end };
        // a quoted phrase inside the reporter's clause: "…and calling her ''leftist scum,'' she said" — the clause is the content
        const firstOfQuote = toks.findIndex((t) => t.start >= quote.start);
        const wordsBefore = firstOfQuote > 0 ? toks.slice(0, firstOfQuote).filter((t) => isWord(t)).length : 0;
        if (wordsBefore >= 3 && toks[firstOfQuote - 1]?.text !== ":" && !hits.some((o) => o.last < firstOfQuote)) {
          content.start = toks[clauseStartBefore(toks, firstOfQuote - 1, hits, h)].start;
          direct = false;
        }
        // a quote split around "he said" goes on after it: “…,” he said. “…”
        const afterSpeaker = (speakerPhrase ? hit.last : speaker ? speaker[1] : hit.last) + 1;
        const speakerText = speaker ? text.slice(toks[speaker[0]].start, toks[speaker[1]].end) : "";
        let cont = continuationQuote(text, toks, afterSpeaker, quotes, undefined, speakerText) ?? nextSentenceQuote(text, toks[last].end, quotes);
        // the quotation may go on over further sentences of the paragraph that no one else is said to speak
        for (let n = 0; cont && cont.end > content.end && n < 6; n++) {
          content.end = cont.end;
          cont = nextSentenceQuote(text, cont.end, quotes);
        }
      } else {
        let to = commaAt - 1;
        while (to >= 0 && [",", "—"].includes(toks[to].text)) to--;
        const from = clauseStartBefore(toks, to, hits, h);
        // a parenthetical "In his state, Christie said, offenders are sent to treatment": the content goes on after it
        const afterTail = (speakerPhrase ? hit.last : speaker ? speaker[1] : hit.last) + 1;
        if (toks[afterTail]?.text === "," && afterTail + 1 <= last && !hits.some((o) => o.first > afterTail)) {
          const end = clauseEnd(toks, afterTail + 1, last);
          if (end > afterTail && to >= from && to >= 0) { content = { start: toks[from].start, end: toks[end].end }; }
        }
        if (!content && to >= from && to >= 0) content = span(toks, from, to);
      }
      if (content) out.push({ entry, cue, speaker: speaker ? span(toks, speaker[0], speaker[1]) : undefined, content, direct, inverted: true });
      continue;
    }

    // "As Politico reported, C": the content follows the comma
    if (speakerPhrase && speakerPhrase[0] === 1 && toks[0].lower === "as" && toks[rightAfterCue]?.text === ",") {
      const q = quotes.find((q) => q.start === toks[rightAfterCue + 1]?.start);
      const end = q ? undefined : clauseEnd(toks, rightAfterCue + 1, last);
      const content = q ? { start: q.start, end: q.end } : end !== undefined && end > rightAfterCue ? span(toks, rightAfterCue + 1, end) : undefined;
      if (content) {
        out.push({ entry, cue, speaker: span(toks, speakerPhrase[0], speakerPhrase[1]), content, direct: !!q, inverted: false });
        continue;
      }
    }
    // the quote closed the sentence before: `“…are missing.” Trump said.` / `“…!” Senator X said as he left.`
    if (saying && speakerPhrase && speakerPhrase[0] === 0 && !opensClause(toks, rightAfterCue) && (isInvertedTail(toks, rightAfterCue) || prepositionalTail || shortPlainTail(toks, rightAfterCue))) {
      const q = quoteJustBefore(text, toks[0].start, quotes);
      if (q) {
        out.push({ entry, cue, speaker: span(toks, speakerPhrase[0], speakerPhrase[1]), content: { start: q.start, end: q.end }, direct: true, inverted: true });
        continue;
      }
    }

    // plain order: speaker, cue, content
    let from = hit.last + 1;
    const leadingParticiple = /^(?:asked|pressed|questioned)$/.test(toks[hit.first].lower) && (hit.first === 0 || ["when", "whenever", "if", "after", "once", "before"].includes(toks[hit.first - 1].lower));
    if (leadingParticiple) {
      if (toks[from]?.lower === "about") from++;
    } else if (entry.frame === "tell") from = skipRecipient(toks, from);
    else if (ADVERBIAL_START.has(toks[from]?.lower ?? "")) {
      // "said in a statement on Monday that C": the content opens at "that"
      for (let k = from + 1; k < Math.min(toks.length, from + 25); k++) {
        if (toks[k].lower === "that" || toks[k].text === ":") { from = toks[k].text === ":" ? k + 1 : k; break; }
        if (END_PUNCT.has(toks[k].text)) break;
      }
    }
    if (toks[from]?.text === ":" || (toks[from]?.text === "," && isQuoteChar(toks[from + 1]))) from++;
    // a translator's or editor's note before the quote: He commented: [Translation] '…'
    if (["[", "("].includes(toks[from]?.text ?? "")) {
      const close = toks.findIndex((t, k) => k > from && t.text === (toks[from].text === "[" ? "]" : ")"));
      if (close > from && close - from <= 6 && quotes.some((q) => q.start === toks[close + 1]?.start)) from = close + 1;
    }
    let content: Range | undefined;
    let direct = false;
    const quote = from <= last ? quotes.find((q) => q.start === toks[from].start) : text.slice(toks[last].end, toks[last].end + 4).trim() === "" ? quotes.find((q) => q.start >= toks[last].end && q.start <= toks[last].end + 4) : undefined;
    if (quote && (quote.end >= toks[last].start || from > last)) {
      direct = true;
      content = { start: quote.start, end: quote.end };
      const cont = continuationQuote(text, toks, toks.length, quotes, quote.end, speakerPhrase ? text.slice(toks[speakerPhrase[0]].start, toks[speakerPhrase[1]].end) : "");
      if (cont) content.end = cont.end;
    } else if (from <= last) {
      let to = last;
      // a trailing inverted attribution of the same sentence ends this content: "X said C, the agency reported"
      for (const later of hits.slice(h + 1)) {
        const cut = commaBeforeTail(toks, from, later);
        if (cut !== undefined && cut - 1 < to) { to = cut - 1; break; }
      }
      // "Asked whether C, 75 percent said yes": a leading participle's content ends at its clause's comma
      if (leadingParticiple) {
        for (let k = from + 1; k < to; k++) {
          if (toks[k].text !== ",") continue;
          const q = quotes.find((q) => q.start < toks[k].start && toks[k].start < q.end);
          if (!q) { to = k - 1; break; }
          if (q.end === toks[k + 1]?.end) { to = k + 1; break; }
        }
      }
      // a cue in a leading subordinate clause: "After the judge said C, the court adjourned" — C ends at the comma
      if (SUBORDINATORS.has(toks[0].lower) && hit.first > 0)
        for (let k = from + 1; k < to; k++) if (toks[k].text === "," && !isInsideQuote(quotes, toks[k].start) && !isQuoteChar(toks[k + 1])) { to = k - 1; break; }
      // an adjunct after a comma is the reporter's comparison or comment: "…, compared with 64 percent who say …"
      for (let k = from + 1; k < to; k++) if (toks[k].text === "," && ADJUNCT_OPENERS.has(toks[k + 1]?.lower ?? "") && !isInsideQuote(quotes, toks[k].start)) { to = k - 1; break; }
      // a relative clause's attribution ends with the clause: "Barkley, who said he votes democratic, said …"
      if (speakerPhrase && ["who", "which"].includes(toks[speakerPhrase[0]].lower))
        for (let k = from + 1; k < to; k++) if (toks[k].text === "," && !isInsideQuote(quotes, toks[k].start)) { to = k - 1; break; }
      // a dash opens an aside that is the reporter's, not the speaker's
      for (let k = from + 1; k < to; k++) if (["—", "–"].includes(toks[k].text) && !isInsideQuote(quotes, toks[k].start)) { to = k - 1; break; }
      // a second verb phrase of the same subject is not content: "criticized the plan and took the stage with …"
      // (after a verb of saying, "and would be …" usually goes on with the reported clause, so only -ed verbs cut there)
      const secondVerb = entry.frame === "speech" || entry.frame === "tell" ? /^\p{Ll}+ed$/u : SECOND_VERB;
      for (let k = from + 1; k < to; k++) if (COORDINATORS.has(toks[k].lower) && toks[k + 1] && secondVerb.test(toks[k + 1].text) && !isInsideQuote(quotes, toks[k].start)) { to = k - 1; break; }
      // an attitude's object is a noun phrase: it ends at the first comma or semicolon ("criticized Comey, a Republican …")
      if (entry.frame === "stance")
        for (let k = from + 1; k < to; k++)
          if (([",", ";", "—"].includes(toks[k].text) && !isQuoteChar(toks[k + 1])) || (STANCE_ADVERBIAL.has(toks[k].lower) && !isInsideQuote(quotes, toks[k].start))) { to = k - 1; break; }
      to = clauseEnd(toks, from, to);
      if (to >= from) {
        content = span(toks, from, to);
        const q = quotes.find((q) => q.start <= content!.end && q.end > content!.end && q.start >= content!.start);
        if (q) content.end = q.end; // a quote that runs on past the sentence
      }
    } else if (text[toks[last].end - 1] === ":" || toks[last].text === ":") {
      const q = quotes.find((q) => q.start >= toks[last].end && q.start <= toks[last].end + 4);
      if (q) { content = { start: q.start, end: q.end }; direct = true; }
    }
    if (!content) continue;
    out.push({ entry, cue, speaker: speakerPhrase ? span(toks, speakerPhrase[0], speakerPhrase[1]) : undefined, content, direct, inverted: false });
  }
  const headline = colonHeadline(toks);
  if (headline && !out.some((a) => a.cue.start < headline.cue.end && headline.cue.start < a.cue.end)) out.push(headline);
  return out;
}

/** The source after "according to": the whole noun phrase with its modifiers, up to punctuation ("an adviser to the minister"). */
function sourceAfterAccordingTo(toks: Tok[], j: number): [number, number] | undefined {
  if (j >= toks.length || !isWord(toks[j])) return undefined;
  let k = j;
  while (k + 1 < toks.length && k + 1 - j < 20) {
    const t = toks[k + 1];
    if ([",", ";", ":", "—", "–", "(", ")"].includes(t.text) || isQuoteChar(t)) break;
    if (END_PUNCT.has(t.text) && !(t.text === "." && TITLE_OR_INITIAL.test(toks[k].text) && k + 2 < toks.length)) break;
    if (t.lower === "that" || t.lower === "who") break;
    k++;
  }
  return [j, k];
}

/** "said Maria Lindqvist, the city engineer": the speaker after an inverted cue, with its appositive. */
function withAppositive(toks: Tok[], phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || toks[phrase[1] + 1]?.text !== ",") return phrase;
  const first = toks[phrase[1] + 2];
  if (!first || !["a", "an", "the", "who", "whose", "which", "former", "also"].includes(first.lower)) return phrase;
  let k = phrase[1] + 2;
  while (k + 1 < toks.length && ![",", ".", ";", "!", "?", "—"].includes(toks[k + 1].text) && !isQuoteChar(toks[k + 1])) k++;
  return [phrase[0], k];
}

const COORDINATORS = new Set(["and", "but", "then"]);
const ADJUNCT_OPENERS = new Set("while though although whereas compared putting after".split(" "));
const SUBORDINATORS = new Set("after when while although though because as if since before once whereas until unless".split(" "));
const SECOND_VERB = /^(?:\p{Ll}+ed|has|have|had|was|were|is|are|will|would|said|says|went|made|took|gave|told)$/u;
/** Where the object of an attitude ends and the reporter's framing starts: "endorsed Trump last week", "… during a call". */
const STANCE_ADVERBIAL = new Set("last during yesterday earlier later since while when after before".split(" "));
const isInsideQuote = (quotes: Quote[], p: number): boolean => quotes.some((q) => q.start < p && p < q.end);

const PASSIVE_AUX = new Set("be been being was were is are has have had yet to not never already also widely still".split(" "));

/** "The figures have yet to be confirmed by Russia": the speaker follows "by", the content is the subject. */
function passiveOf(toks: Tok[], hit: CueHit): { speaker?: Range; content: Range } | undefined {
  let a = hit.first - 1;
  while (a > 0 && (/ly$/.test(toks[a].lower) || ["first", "also", "not", "never", "since", "previously"].includes(toks[a].lower))) a--;
  const aux = toks[a]?.lower;
  if (hit.entry.frame === "raising" || hit.entry.frame === "tell" || toks[hit.last + 1]?.lower === "to") return undefined;
  if (!aux || !["be", "been", "being", "was", "were", "is", "are"].includes(aux) || !/(?:ed|en|wn)$/.test(toks[hit.first].lower)) return undefined;
  let j = a;
  while (j >= 0 && PASSIVE_AUX.has(toks[j].lower)) j--;
  const subject = phraseEndingAt(toks, j, 0);
  if (!subject) return undefined;
  const by = toks[hit.last + 1]?.lower === "by" ? phraseStartingAt(toks, hit.last + 2) : undefined;
  return { speaker: by ? span(toks, by[0], by[1]) : undefined, content: span(toks, subject[0], subject[1]) };
}

const ADVERBIAL_START = new Set("in on at during after before last this yesterday today earlier later to through via — – monday tuesday wednesday thursday friday saturday sunday".split(" "));
const PREPOSITIONAL_TAIL = new Set("in on at during after before last this yesterday today earlier later to through via of about as when while from with ahead monday tuesday wednesday thursday friday saturday sunday".split(" "));

/** Whether a content clause opens at token j ("that", a colon, a quote). */
const opensClause = (toks: Tok[], j: number): boolean => !!toks[j] && (["that", "yes", "no", "so"].includes(toks[j].lower) || toks[j].text === ":" || OPENERS.has(toks[j].text));

/**
 * "NAME, APPOSITIVE, said": the speaker with its appositive, when the comma before the cue closes one
 * ("Chris Cox, who runs the lobbying arm, said"; "Murphy, the head of the group, said").
 */
function appositiveSpeaker(toks: Tok[], comma: number): [number, number] | undefined {
  let b = comma - 1;
  const isBreak = (k: number): boolean => toks[k].text === "," || isQuoteChar(toks[k]) || (END_PUNCT.has(toks[k].text) && !(toks[k].text === "." && TITLE_OR_INITIAL.test(toks[k - 1]?.text ?? "")));
  while (b >= 0 && b > comma - 30 && !isBreak(b)) b--;
  if (b < 1 || toks[b].text !== "," || b === comma - 1) return undefined;
  const first = toks[b + 1];
  if (!(["a", "an", "the", "who", "whose", "which", "whom", "former", "also", "then", "now", "one", "himself", "herself"].includes(first.lower) || /^\d/.test(first.text) || (!isCapitalised(first) && isWord(first)))) return undefined;
  let name = phraseEndingAt(toks, b - 1, 0);
  if (!name) return undefined;
  // an appositive with a relative clause of its own: "X, the president of Y, which endorsed Z, said"
  if (name[0] > 1 && toks[name[0] - 1].text === "," && /^(?:which|who|whose|where)$/.test(toks[b + 1].lower)) {
    const outer = appositiveSpeaker(toks, b);
    if (outer) name = outer;
  }
  return [name[0], comma - 1];
}

/** The stretch before a comma or dash that closes a speaker's description, with the phrase before that: "X, Y, told". */
function looseAppositive(toks: Tok[], comma: number): [number, number] | undefined {
  let b = comma - 1;
  while (b >= 0 && b > comma - 30 && toks[b].text !== toks[comma].text && !END_PUNCT.has(toks[b].text) && !isQuoteChar(toks[b])) b--;
  if (b === comma - 1) return undefined;
  if (b < 0 || toks[b].text !== toks[comma].text) return phraseEndingAt(toks, comma - 1, b + 1);
  let name = phraseEndingAt(toks, b - 1, 0);
  // "Dean Johnson, a salesman from Sumter, South Carolina, said": go back over the appositive to the name
  for (let n = 0; name && n < 2 && name[0] >= 2 && toks[name[0] - 1].text === "," && isCapitalised(toks[name[0] - 2]); n++) name = [phraseEndingAt(toks, name[0] - 2, 0)?.[0] ?? name[0], name[1]];
  return [name ? name[0] : b + 1, comma - 1];
}

/** After a recipient ("told reporters on Monday that …"), where the content clause opens. */
function skipRecipient(toks: Tok[], from: number): number {
  for (let k = from; k < Math.min(toks.length, from + 10); k++) {
    const t = toks[k];
    if (CLAUSE_OPENERS.has(t.lower) || t.text === ":" || isQuoteChar(t)) return k;
    if (END_PUNCT.has(t.text)) break;
  }
  // "told CNN the war was over": step over a name or pronoun object
  let k = from;
  if (toks[k] && ["him", "her", "them", "me", "us", "you", "reporters", "journalists"].includes(toks[k].lower)) return k + 1;
  while (toks[k] && isCapitalised(toks[k]) && k < from + 4) k++;
  return k;
}

/** Whether what follows the cue at j is only the end of the sentence or a short adverbial ("…, he said on Monday."). */
function isInvertedTail(toks: Tok[], j: number): boolean {
  const rest = toks.slice(j).filter((t) => isWord(t));
  if (toks[j]?.text === ":") return false; // "In a statement, X said:" and the quote follows
  if (toks[j]?.text === "," && isQuoteChar(toks[j + 1]) && !CLOSERS.has(toks[j + 1].text)) return false; // "…, he said, “…”"
  if (!rest.length) return true;
  if (toks[j] && [",", ".", ";", "—"].includes(toks[j].text)) return true;
  return rest.length <= 4 && ["on", "in", "at", "during", "last", "this", "yesterday", "today", "earlier", "later", "after", "when", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday"].includes(rest[0].lower);
}

/**
 * `“…,” X said <tail>`: the quote before is the content unless it is a short title and a clause follows the cue
 * (`On Fox News's “Hannity,” Newt Gingrich said if Trump picked him …`).
 */
function quoteThenTail(text: string, toks: Tok[], before: number, j: number, quotes: Quote[]): boolean {
  const q = quoteEndingNear(toks, before, quotes);
  if (!q || opensClause(toks, j)) return false;
  const quoteWords = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
  const tailWords = toks.slice(j).filter((t) => isWord(t)).length;
  return !(quoteWords <= 4 && tailWords >= 6 && !PREPOSITIONAL_TAIL.has(toks[j]?.lower ?? ""));
}

/** A few words after the cue with no clause of their own: a recipient or a manner ("asked Republican politicians"). */
function shortPlainTail(toks: Tok[], j: number): boolean {
  const rest = toks.slice(j).filter((t) => isWord(t));
  return rest.length <= 4 && !rest.some((t) => CLAUSE_OPENERS.has(t.lower) || cueFor(t.lower, undefined));
}

/** Where the trailing attribution `hit` starts with a comma that cuts off the content before it. */
function commaBeforeTail(toks: Tok[], from: number, hit: CueHit): number | undefined {
  // "…said A, and three-quarters said B": a new speaker after "and" opens a new attribution
  const speakerEnd = skipLeft(toks, hit.first - 1);
  const speaker = speakerEnd > from ? phraseEndingAt(toks, speakerEnd, from) : undefined;
  if (speaker && speaker[0] - 1 > from && ["and", "but", "while", "whereas"].includes(toks[speaker[0] - 1].lower)) return toks[speaker[0] - 2]?.text === "," ? speaker[0] - 2 : speaker[0] - 1;
  if (hit.entry.frame === "prep") {
    let k = hit.first - 1;
    if (k > from && [",", "—", "("].includes(toks[k].text)) return k;
    return undefined;
  }
  const before = skipLeft(toks, hit.first - 1);
  if (before > from && ["and", "but", "then"].includes(toks[before].lower)) return toks[before - 1]?.text === "," ? before - 1 : before;
  if (!isInvertedTail(toks, hit.last + 1) && !/ing$/.test(toks[hit.first].lower)) return undefined;
  for (let k = hit.first - 1; k > from && hit.first - k <= MAX_SPEAKER; k--) if ([",", "—"].includes(toks[k].text)) return k;
  return undefined;
}

/** The start of a clause that ends at token `to`: the sentence start, or just after an earlier cue's colon. */
function clauseStartBefore(toks: Tok[], to: number, hits: CueHit[], h: number): number {
  let from = 0;
  for (let k = 0; k < h; k++) if (hits[k].last < to && toks[hits[k].last + 1]?.text === ":") from = hits[k].last + 2;
  while (from < to && (isQuoteChar(toks[from]) && !OPENERS.has(toks[from].text) && toks[from].text !== '"')) from++;
  return from;
}

/** A quote that continues a split quotation right after the speaker: `, he said. “…”` or `, he said, “…”`. */
function continuationQuote(text: string, toks: Tok[], j: number, quotes: Quote[], from?: number, speaker = ""): Quote | undefined {
  let k = j;
  while (k < toks.length && [",", ".", ":", "—"].includes(toks[k].text)) k++;
  let at = from ?? (k < toks.length ? toks[k].start : toks.length ? toks[toks.length - 1].end : 0);
  while (at < text.length && /[\s.,]/.test(text[at]) && text[at] !== "\n") at++;
  const next = quotes.find((q) => q.start >= at && q.start <= at + 4 && q.closed);
  if (!next || attributedAfter(text, next, speaker)) return undefined;
  if (!text.slice(at, next.start).includes("\n")) return next;
  // a quote that fills the next paragraph, with no attribution of its own, goes on with the same speaker
  const after = text.slice(next.end, text.indexOf("\n", next.end) < 0 ? text.length : text.indexOf("\n", next.end));
  return /\p{L}/u.test(after) ? undefined : next;
}

/**
 * A quotation that opens the next sentence of the same paragraph and is attributed to no one else: it goes on with
 * the speaker just named (`“Okay,” I said, trying again. “I was seventeen…”`).
 */
function nextSentenceQuote(text: string, sentenceEnd: number, quotes: Quote[]): Quote | undefined {
  let at = sentenceEnd;
  while (at < text.length && /[ \t]/.test(text[at])) at++;
  const q = quotes.find((q) => q.start === at);
  return q && !attributedAfter(text, q) ? q : undefined;
}

/** Whether a cue follows a quote within a few words (`“…,” an engineer said`): the quote is someone's own then. */
function attributedAfter(text: string, q: Quote, speaker?: string): boolean {
  const words = text.slice(q.end, q.end + 60).split(/\s+/).filter(Boolean).slice(0, 5);
  const after = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ""));
  if (speaker === undefined) return after.some((w, i) => !!cueFor(w, after[i + 1]));
  // a quote that ends its own sentence ("…now.” The crowd …) is not attributed by what follows it
  const inner = text.slice(q.start, q.end).replace(/["'“”‘’«»]+$/u, "");
  if (!/,\s*$/.test(inner) && !/^\p{Ll}/u.test(words[0] ?? "")) return false;
  // a split quote goes on unless someone else is named as its speaker: "…,” he added / Smith said go on, "…,” an engineer said does not
  const known = new Set(speaker.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
  return after.some((w, i) => !!cueFor(w, after[i + 1]) && i > 0 && !/^(?:he|she|they|i|we|it)$/.test(after[i - 1]) && !known.has(after[i - 1]));
}

/** A closed quotation that ends right before offset p (spaces apart, same paragraph). */
function quoteJustBefore(text: string, p: number, quotes: Quote[]): Quote | undefined {
  let at = p;
  while (at > 0 && /[ \t]/.test(text[at - 1])) at--;
  return quotes.find((q) => q.closed && q.end === at);
}

/** The subject of the main clause, for a participle after a comma ("Officials, speaking to reporters, …, saying C"). */
function subjectBefore(toks: Tok[], i: number): [number, number] | undefined {
  for (let k = 1; k < i; k++) if (cueFor(toks[k].lower, toks[k + 1]?.lower) && !isCapitalised(toks[k])) return phraseEndingAt(toks, skipLeft(toks, k - 1), 0);
  let k = 0;
  while (k + 1 < i && (isCapitalised(toks[k + 1]) || toks[k + 1].text === "'s" || toks[k + 1].text === "’s")) k++;
  // "Huma Abedin, vice chairwoman for the campaign, emailed supporters, saying …": the subject keeps its appositive
  if (toks[k + 1]?.text === ",") {
    let c = k + 2;
    while (c < i && toks[c].text !== "," && !END_PUNCT.has(toks[c].text)) c++;
    if (c < i && toks[c].text === "," && c - k <= 15 && toks[k + 2] && (!isCapitalised(toks[k + 2]) || toks[k + 2].lower === "the")) return [0, c - 1];
  }
  return isWord(toks[0]) ? [0, k] : undefined;
}

const COLON_LABELS = new Set(
  "latest question answer note update updated watch video videos photo photos related breaking live follow read listen transcript exclusive editor's editor’s warning correction fix more see also day part chapter step tip".split(" "),
);

/**
 * "Name Name: content", as headlines and live blogs attribute ("Dr. Jane Roe: The Plan Will Fail", "… - Pollster
 * Ann Lee: “The polls were early”"): a short name-like stretch before a colon at the start of the sentence or after a dash.
 */
function colonHeadline(toks: Tok[]): Attribution | undefined {
  const colon = toks.findIndex((t) => t.text === ":");
  if (colon < 1 || colon >= toks.length - 2) return undefined;
  let from = colon - 1;
  while (from > 0 && !["-", "—", "–", ",", ";"].includes(toks[from - 1].text) && !isQuoteChar(toks[from - 1])) from--;
  if (from > 0 && toks[from - 1].text === ",") return undefined;
  const segment = toks.slice(from, colon);
  if (!segment.length || segment.length > 8 || !isCapitalised(segment[0])) return undefined;
  if (!(isCapitalised(segment.at(-1)) || segment.length <= 3)) return undefined;
  if (segment.some((t, k) => cueFor(t.lower, segment[k + 1]?.lower ?? ":") && !isCapitalised(t))) return undefined;
  // labels, not speakers: "The Latest:", "Editor's Note:", "Watch:", and transcript speaker tags in capitals ("HOST:")
  if (segment.some((t) => COLON_LABELS.has(t.lower)) || segment.every((t) => !isWord(t) || t.text === t.text.toUpperCase())) return undefined;
  const last = clauseEnd(toks, colon + 1, toks.length - 1);
  if (last <= colon) return undefined;
  return {
    entry: undefined,
    cue: span(toks, colon, colon),
    speaker: span(toks, from, colon - 1),
    content: span(toks, colon + 1, last),
    direct: isQuoteChar(toks[colon + 1]),
    inverted: false,
  };
}
