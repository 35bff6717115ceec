/**
 * Sentence splitting for news text, with offsets into the text.
 * A line break always ends a sentence (pasted reports and extracted pages put one paragraph, headline or caption
 * per line). Inside a line, a sentence ends at . ! ? (plus closing quotes and brackets) followed by white space and
 * something that can open a sentence — except after abbreviations ("Mr.", "Gen."), initials ("J. Smith"),
 * and inside numbers ("5.00pm", "4.5%").
 */
import type { Sentence } from "../types.js";
import { SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS, isAbbreviation } from "./abbreviations.js";

const CLOSERS = `"'”’»)]`;
const OPENERS = `"'“‘«([`;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    for (const [start, end] of splitLine(m[0])) sentences.push({ index: sentences.length, start: m.index + start, end: m.index + end });
  }
  return sentences;
}

/** Sentence ranges inside one line, trimmed of surrounding white space. */
function splitLine(line: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const boundary = /[.!?…]+/g;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    let end = m.index + m[0].length;
    while (end < line.length && CLOSERS.includes(line[end])) end++;
    if (!endsSentence(line, m.index, m[0], end)) continue;
    pushTrimmed(out, line, start, end);
    start = end;
    boundary.lastIndex = end;
  }
  pushTrimmed(out, line, start, line.length);
  return out;
}

function pushTrimmed(out: [number, number][], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

function endsSentence(line: string, at: number, punct: string, end: number): boolean {
  const rest = line.slice(end);
  if (!/^\s/.test(rest)) return false; // "5.00pm", "U.S.-led", "sides."Vladimir": no space, no break
  const next = rest.trimStart();
  if (!next) return false; // end of line: the line break ends it anyway
  if (!startsSentence(next)) return false;
  if (punct !== ".") return true;
  const word = wordBefore(line, at);
  const lower = word.toLowerCase();
  if (/^[A-Z]$/.test(word)) return false; // an initial: "J. K. Rowling"
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (isAbbreviation(lower) || /^([a-z]\.)+[a-z]$/i.test(word)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return false;
    const nextWord = (next.match(/^[\p{L}']+/u)?.[0] ?? "").toLowerCase();
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** The word (letters, inner periods) right before position `at`: "Mr", "U.S", "sides". */
function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(line[i - 1])) i--;
  return line.slice(i, at).replace(/^\.+/, "");
}

function startsSentence(next: string): boolean {
  let i = 0;
  while (i < next.length && (OPENERS.includes(next[i]) || next[i] === "-" || next[i] === "—")) i++;
  const c = next[i] ?? "";
  return /[\p{Lu}\p{N}]/u.test(c) || (i > 0 && /\p{L}/u.test(c));
}
