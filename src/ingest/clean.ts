/**
 * Cleaning of pasted article text: removes whole lines of page furniture (ads, newsletter and membership pitches,
 * donation pleas, topic lists, share widgets, cookie notices, related-article lists, photo credits, menus, footers,
 * copyright and credit lines) and folds whitespace. It never changes a character inside a line it keeps. Every
 * removal is recorded with its rule's name; credit lines hand their outlets to `credits`. A title-like first line
 * is the headline and stays first.
 *
 * The rules live one a file in ./clean-rules (see index.ts for their order), chrono-style: each is a pure test on a
 * line and its context, or a block rule over all lines still kept.
 */
import { NOT_A_HEADLINE, PHRASE_RULES, RULES } from "./clean-rules/index.js";
import { stopwordsFor, toLines } from "./clean-rules/lines.js";
import type { Context, Line } from "./clean-rules/types.js";
import { headlineOf } from "./outlet.js";

export interface Removal {
  text: string;
  rule: string;
}

export interface CleanResult {
  /** The kept lines, trimmed; paragraphs separated as in the input, runs of blank lines folded to one. */
  text: string;
  /** What was taken out, in text order; consecutive lines taken by the same rule form one entry. */
  removed: Removal[];
  /** Outlets the report credits ("(With inputs from ABC News and CNN.)" → ["ABC News", "CNN"]). */
  credits: string[];
}

export interface CleanOptions {
  /**
   * Find the article among page furniture by line statistics (menus, teaser lists, comments, footers), as a
   * pasted web page needs. Default true. Pass false for a body an HTML extractor has already isolated: only the
   * phrase rules (ads, pitches, credits, share lines, …) run then, so nothing of the article is judged by shape.
   */
  findBody?: boolean;
}

/** CRLF and CR line endings to LF, and a leading byte-order mark dropped: the only changes made to kept lines' surroundings. */
export const normaliseLineEndings = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

function countOccurrences(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  return counts;
}

/**
 * The headline's index: the first line that reads as one (title-like, not claimed by a phrase rule), when only
 * lines the phrase rules claim ("Skip to content", "Advertisement") stand before it.
 */
function headlineIndex(lines: readonly Line[], ctx: Omit<Context, "headline">): number | undefined {
  const probe: Context = { ...ctx, headline: undefined };
  for (const line of lines) {
    if (NOT_A_HEADLINE.some((r) => r.test(line, probe))) continue;
    return lines.length >= 2 && headlineOf(line.text) !== undefined ? line.index : undefined;
  }
  return undefined;
}

/** Joins the kept lines: a blank line where the input had one anywhere between them, else a line break. */
function joinKept(lines: readonly Line[], kept: readonly boolean[]): string {
  let out = "";
  let pendingBlank = false;
  let any = false;
  for (const l of lines) {
    if (l.blankBefore) pendingBlank = true;
    if (kept[l.index]) {
      if (any) out += pendingBlank ? "\n\n" : "\n";
      out += l.text;
      any = true;
      pendingBlank = false;
    }
    if (l.blankAfter) pendingBlank = true;
  }
  return out;
}

/** Groups removed lines into entries: consecutive lines removed by the same rule are one block. */
function removals(lines: readonly Line[], ruleOf: (string | undefined)[]): Removal[] {
  const out: Removal[] = [];
  let prev = -2;
  for (const l of lines) {
    const rule = ruleOf[l.index];
    if (!rule) continue;
    const last = out[out.length - 1];
    if (last && prev === l.index - 1 && last.rule === rule) last.text += "\n" + l.text;
    else out.push({ text: l.text, rule });
    prev = l.index;
  }
  return out;
}

/** Cleans pasted article text; see the module comment. */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const normalised = normaliseLineEndings(text);
  const lines = toLines(normalised, stopwordsFor(normalised));
  const kept = lines.map(() => true);
  const ruleOf: (string | undefined)[] = lines.map(() => undefined);
  const base = { lines, kept, removedBy: ruleOf, occurrences: countOccurrences(lines) };
  const ctx: Context = { ...base, headline: headlineIndex(lines, base) };
  const credits: string[] = [];

  const drop = (line: Line, rule: string) => {
    kept[line.index] = false;
    ruleOf[line.index] = rule;
  };
  for (const rule of options.findBody === false ? PHRASE_RULES : RULES) {
    if (rule.kind === "block") {
      for (const i of rule.select(ctx)) if (kept[i] && i !== ctx.headline) drop(lines[i]!, rule.name);
      continue;
    }
    for (const line of lines) {
      if (!kept[line.index] || line.index === ctx.headline || !rule.test(line, ctx)) continue;
      drop(line, rule.name);
      for (const c of rule.credits?.(line) ?? []) if (!credits.includes(c)) credits.push(c);
    }
  }
  return { text: joinKept(lines, kept), removed: removals(lines, ruleOf), credits };
}
