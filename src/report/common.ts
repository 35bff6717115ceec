/** What the Markdown and HTML briefings share: citations of evidence sentences, names, document labels. */
import type { Claim, Document, Dossier, Span, TimeValue } from "../types.js";

export function entityName(d: Dossier, id: string): string {
  return d.entities.find((e) => e.id === id)?.name ?? id;
}

/**
 * Who made a claim, for the reader: the speaker's entity, else the words the report uses for the speaker ("the
 * police", "a witness"), which are still information, else "unattributed".
 */
export function speakerLabel(d: Dossier, c: Claim): { name: string; resolved: boolean } {
  if (c.speaker) return { name: entityName(d, c.speaker), resolved: true };
  const s = c.spans.speaker;
  const written = s ? d.documents.find((x) => x.id === s.doc)?.text.slice(s.start, s.end).trim() : undefined;
  return { name: written || "unattributed", resolved: false };
}

export function documentLabel(doc: Document): string {
  return [doc.outlet, doc.title ?? doc.source, doc.published?.slice(0, 10)].filter(Boolean).join(", ");
}

export function describeDocument(doc: Document, escape: (s: string) => string): string {
  const dated = doc.published ? `${doc.published.slice(0, 10)} (${doc.publishedFrom === "metadata" ? "from metadata" : doc.publishedFrom === "user" ? "given" : `from the ${doc.publishedFrom}`})` : "undated";
  const cleaned = doc.removed.length ? `; ${doc.removed.length} boilerplate block(s) removed` : "";
  const credits = doc.credits.length ? `; credits ${doc.credits.map(escape).join(", ")}` : "";
  return `**${escape(doc.title ?? doc.source)}** — ${escape(doc.outlet ?? "unknown outlet")}, ${dated}; ${escape(doc.source)}${cleaned}${credits}`;
}

/** Numbered citations: the same sentence cited twice keeps its number. */
export class Citations {
  private byKey = new Map<string, { n: number; span: Span; sentence: string; docLabel: string }>();
  constructor(private d: Dossier) {}

  number(span: Span): number {
    const key = `${span.doc}:${span.start}:${span.end}`;
    let c = this.byKey.get(key);
    if (!c) {
      const doc = this.d.documents.find((x) => x.id === span.doc);
      const sentence = doc ? doc.text.slice(span.start, span.end) : "";
      c = { n: this.byKey.size + 1, span, sentence: sentence.length > 400 ? sentence.slice(0, 400) + "…" : sentence, docLabel: doc ? documentLabel(doc) : span.doc };
      this.byKey.set(key, c);
    }
    return c.n;
  }

  refs(spans: Span[]): string {
    return [...new Set(spans.map((s) => this.number(s)))].map((n) => `[^${n}]`).join("");
  }

  list() {
    return [...this.byKey.values()];
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A time as a reader says it: "27 Feb 2022, 15:00 UTC", "Feb 2022", "1989-Q3", "a Sunday (date not stated)". */
export function formatWhen(t: TimeValue): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t.start);
  if (!m) return unresolved(t.timex ?? t.start);
  const [, y, mo, day, hh, mm, zone] = m;
  const month = mo ? MONTHS[+mo - 1] : undefined;
  if (t.precision === "year" || !month) return t.timex && t.timex !== y ? t.timex : y;
  if (t.precision === "month" || !day) return `${month} ${y}`;
  if (t.precision === "week") return t.timex ?? `week of ${+day} ${month} ${y}`;
  const date = `${+day} ${month} ${y}`;
  if ((t.precision !== "hour" && t.precision !== "minute") || !hh) return date;
  const z = !zone ? "" : zone === "Z" ? " UTC" : ` UTC${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  return `${date}, ${hh}:${mm ?? "00"}${z}`;
}

/**
 * TimeML values that a report without a date could not anchor ("XXXX-WXX-7" for "on Sunday", "XXXX-03-09" for
 * "March 9"), and vague references: said in words rather than shown as codes.
 */
function unresolved(value: string): string {
  const vague: Record<string, string> = { PRESENT_REF: "now", PAST_REF: "in the past", FUTURE_REF: "in the future" };
  if (vague[value]) return vague[value];
  const weekday = /^XXXX-WXX-([1-7])/.exec(value);
  if (weekday) return `a ${WEEKDAYS[+weekday[1] - 1]} (date not stated)`;
  const dayMonth = /^XXXX-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (dayMonth && +dayMonth[1] >= 1 && +dayMonth[1] <= 12) return `${dayMonth[2] ? `${+dayMonth[2]} ` : ""}${MONTHS[+dayMonth[1] - 1]} (year not stated)`;
  if (/^X/.test(value)) return "date not stated";
  return value;
}
