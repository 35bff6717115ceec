/** A parser made of one regular expression: each match becomes a candidate whose value is computed later, in context. */
import type { Candidate, Env, Resolved, TimeParser } from "../candidate.js";

export type Make = (m: RegExpExecArray, text: string) => ((env: Env) => Resolved | undefined) | undefined;

/**
 * `pattern` is compiled case-insensitive and global and is wrapped in word boundaries. A match whose `make`
 * returns nothing is not a time expression. Group "x" (optional) narrows the span to part of the match.
 */
export function regexParser(name: string, pattern: string, priority: number, make: Make, flags = "gi"): TimeParser {
  const re = new RegExp(String.raw`(?<![\w-])(?:${pattern})(?![\w])`, flags.includes("g") ? flags : flags + "g");
  return {
    name,
    find(text: string): Candidate[] {
      const out: Candidate[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        const resolve = make(m, text);
        if (!resolve) continue;
        let start = m.index, end = m.index + m[0].length;
        // a trailing period belongs to an abbreviation only when the pattern asked for it; spaces never
        while (end > start && /\s/.test(text[end - 1])) end--;
        out.push({ start, end, source: name, priority, resolve });
      }
      return out;
    },
  };
}

/** The text just before a match, lower-cased, for look-behind decisions ("former" after "the"). */
export const before = (text: string, index: number, n = 30): string => text.slice(Math.max(0, index - n), index).toLowerCase();
export const after = (text: string, index: number, n = 30): string => text.slice(index, index + n).toLowerCase();
