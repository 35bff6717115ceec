/**
 * Turns what a user types into a search box into a safe FTS5 MATCH expression. FTS5 has its own query language
 * (AND, NEAR(), column filters "text:", ^, *, quotes) and a stray quote or keyword is a syntax error, so user text
 * is never passed through: every term becomes a quoted phrase. Kept from the user's intent: "quoted phrases",
 * a trailing * for a prefix, and OR between terms. Everything else is implicit AND.
 */

/** The most terms a query keeps; a pasted paragraph should not become a thousand-term expression. */
const MAX_TERMS = 32;

type Part = { phrase: string; prefix: boolean } | "OR";

const hasWordCharacter = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** FTS5 string literal: double quotes doubled. */
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Splits user text into phrases ("…" groups and bare words) and OR operators, in order. */
function queryParts(text: string): Part[] {
  const parts: Part[] = [];
  // a balanced "…" is a phrase; any other character run without spaces is a word; an unbalanced quote is dropped
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const match of text.normalize("NFC").matchAll(pattern)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      if (hasWordCharacter(phrase)) parts.push({ phrase: phrase.trim(), prefix: false });
    } else if (word === "OR") {
      parts.push("OR");
    } else if (word === "AND") {
      continue; // terms are ANDed anyway; as a word it would demand the text contain "and"
    } else if (word !== undefined && hasWordCharacter(word)) {
      const prefix = word.endsWith("*");
      parts.push({ phrase: word.replace(/\*+$/, ""), prefix });
    }
  }
  return parts;
}

/** Joins parts into an FTS5 expression, keeping OR only where it stands between two phrases. */
function expression(parts: Part[]): string {
  const out: string[] = [];
  let pendingOr = false;
  let terms = 0;
  for (const part of parts) {
    if (part === "OR") {
      pendingOr = out.length > 0;
      continue;
    }
    if (terms === MAX_TERMS) break;
    if (pendingOr) out.push("OR");
    pendingOr = false;
    out.push(quote(part.phrase) + (part.prefix ? "*" : ""));
    terms++;
  }
  return out.join(" ");
}

export interface FtsQuery {
  /** The expression to MATCH first: every term required (unless the user wrote OR). "" when nothing searchable. */
  all: string;
  /** A looser expression to try when `all` finds nothing: any term. Undefined when it would be the same. */
  any?: string;
}

/** Builds the MATCH expressions for a user's query. Never throws; an unsearchable query gives `all: ""`. */
export function ftsQuery(text: string): FtsQuery {
  const parts = queryParts(text);
  const all = expression(parts);
  const phrases = parts.filter((p) => p !== "OR");
  const explicitOr = parts.some((p) => p === "OR");
  if (phrases.length < 2 || explicitOr) return { all };
  const any = expression(phrases.flatMap((p, i) => (i === 0 ? [p] : ["OR" as const, p])));
  return { all, any };
}
