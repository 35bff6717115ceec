/**
 * The shapes every cleaning rule shares. A rule is either a line rule (a pure test on one line and its context:
 * neighbours, position, statistics) or a block rule (looks at all lines still kept and names the ones to drop).
 * Rules never edit a line; they only say which whole lines go.
 */

/** One non-blank line of the pasted text, with the statistics rules read. */
export interface Line {
  /** The line as kept (trimmed), never altered otherwise. */
  text: string;
  /** The line for phrase matching: lower case, quotes straightened, spaces folded (see `plain`). */
  plain: string;
  /** Index among the non-blank lines of the text. */
  index: number;
  /** A blank line (paragraph break) stands before / after this line in the pasted text. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Word tokens (letters/digits runs). */
  words: number;
  /** Share of word tokens that are stopwords of the text's language; undefined when no list fits the text. */
  stopwordRatio: number | undefined;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  endsSentence: boolean;
  /** Every word that can be capitalised is (menus, headings, labels). */
  titleCase: boolean;
  /** Letters present and none lower case (labels like "PREMIUM"). */
  allCaps: boolean;
}

/** What a rule may know besides the line itself. */
export interface Context {
  /** All non-blank lines of the text, in order. */
  lines: readonly Line[];
  /** Whether each line is still kept when the rule runs (earlier rules may have dropped some). */
  kept: readonly boolean[];
  /** The rule that removed each line, where an earlier rule did. */
  removedBy: readonly (string | undefined)[];
  /** How many times each exact line text occurs in the text. */
  occurrences: ReadonlyMap<string, number>;
  /** Index of the headline (a title-like first line), which statistical rules leave alone. */
  headline: number | undefined;
}

export interface LineRule {
  name: string;
  kind: "line";
  /** True when the line is boilerplate this rule recognises. */
  test(line: Line, ctx: Context): boolean;
  /** Outlets a removed line credits ("(With inputs from ABC News and CNN.)" → ["ABC News", "CNN"]). */
  credits?(line: Line): string[];
}

export interface BlockRule {
  name: string;
  kind: "block";
  /** Indices of the kept lines this rule removes. */
  select(ctx: Context): number[];
}

export type Rule = LineRule | BlockRule;

/** Normalises a line for phrase matching: lower case, curly quotes straightened, spaces folded. */
export const plain = (text: string): string =>
  text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim();

/** Whether the line says something in its own words that boilerplate never does: a reporting verb or a quotation. */
export const looksLikeReporting = (text: string): boolean =>
  /["\u201c\u201d]|\b(said|says|told|according to|reported|announced|added|stated|claimed)\b/i.test(text);
