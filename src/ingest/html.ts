/**
 * A news page's article: its body as plain text (Mozilla Readability over linkedom, with fallbacks for pages
 * Readability reads poorly) and its metadata (meta tags, JSON-LD, <time>, canonical link, <html lang>).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse, serialize } from "parse5";

export interface ArticleExtract {
  /** The body: one paragraph, heading or list item per line, a blank line between blocks. */
  text: string;
  title?: string;
  outlet?: string;
  byline?: string;
  /** ISO 8601 date or instant. */
  published?: string;
  /** The canonical URL, or the URL given. */
  url?: string;
  /** ISO 639-1. */
  language?: string;
  description?: string;
}

export interface ExtractOptions {
  /** Where the page came from; relative canonical links resolve against it. */
  url?: string;
}

// linkedom's DOM is close enough to the browser's for Readability but its types differ from lib.dom's; these
// minimal shapes are what this module touches.
type Node = any;
type Element = any;

/** Reads a news page. Throws when the page has no text that could be an article. Never throws on malformed markup. */
export function extractArticle(html: string, opts: ExtractOptions = {}): ArticleExtract {
  const document = parsePage(html);
  const meta = readMetadata(document, opts.url);
  const body = readabilityBody(document) ?? undefined;
  let text = body?.text ?? "";
  // Readability gives up on some pages, or settles on a teaser box; the densest run of paragraphs of the page
  // is then the better guess. (Comparing with the whole page's length misfires on pages with long comment
  // threads, so only a short body is second-guessed.)
  if (wordCount(text) < 50) {
    const dense = densestParagraphs(document);
    if (wordCount(dense) >= 3 * Math.max(wordCount(text), 10)) text = dense;
  }
  if (!text.trim()) {
    if (meta.description && wordCount(meta.description) >= 5) text = meta.description;
    else throw new Error("no article text found in the HTML page");
  }
  const out: ArticleExtract = { text, ...meta };
  if (!out.title && body?.title) out.title = body.title;
  if (!out.byline && body?.byline) out.byline = body.byline;
  if (!out.outlet && body?.siteName) out.outlet = body.siteName;
  out.byline = bylineName(out.byline);
  out.text = dropHeaderLines(out.text, out);
  return dropEmpty(out);
}

/**
 * A DOM of the page as a browser would build it. linkedom's own parser is not an HTML5 tree builder (an
 * unclosed tag in <head> can swallow the body, an unclosed <p> can lose text), so parse5, which is, repairs
 * the markup first and linkedom parses its well-formed serialization.
 */
function parsePage(html: string): any {
  const { document } = parseHTML(serialize(parse(withoutScripts(html))));
  return document;
}

/**
 * Scripts, styles and comments dropped before parsing: they are most of a news page's bytes and none of its
 * text. Script content ends at the first "</script", as in the HTML tokenizer, so a regex cuts it exactly.
 * JSON-LD scripts stay: they carry the metadata.
 */
function withoutScripts(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (all, attrs: string) => (/ld\+json/i.test(attrs) ? all : ""))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "");
}

interface ReadabilityBody {
  text: string;
  title?: string;
  byline?: string;
  siteName?: string;
}

function readabilityBody(document: any): ReadabilityBody | undefined {
  let article: ReturnType<Readability<Node>["parse"]>;
  try {
    const clone = document.cloneNode(true);
    removeNonArticleBoxes(clone);
    article = new Readability<Node>(clone, { serializer: (node: Node) => node }).parse();
  } catch {
    return undefined;
  }
  if (!article?.content) return undefined;
  return {
    text: dropBoilerplateLines(blocksToText(article.content)),
    title: clean(article.title),
    byline: clean(article.byline),
    siteName: clean(article.siteName),
  };
}

// ---------------------------------------------------------------------------------------------------------
// What Readability keeps but a news body does not: captions, credits, share and newsletter boxes, related-story
// headlines, datelines. Learnt from the non-article parts of real pages, not from particular sites.

/** Class or id words of page furniture inside or beside the article. */
const FURNITURE = /(^|[-_\s])(caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|share|sharing|social|share-?bar|newsletter|subscribe|subscription|signup|sign-up|related|recommended|recirc|more-?stories|read-?more|promo|advert|advertisement|ad-?slot|ad-?container|breadcrumbs?|author-?bio|about-?the-?author|timestamp|post-?meta|entry-?meta|article-?meta|meta-?data|comments?|disqus|tags|tag-?list|topics)([-_\s]|$)/i;

/**
 * Removes captions and furniture boxes before Readability scores the page. A box holding a large part of the
 * page's paragraph text is never furniture, whatever its class says ("article-body share-enabled").
 */
function removeNonArticleBoxes(document: any): void {
  const body = document.body;
  if (!body) return;
  const total = wordCount(body.textContent ?? "");
  for (const el of Array.from(document.querySelectorAll("figcaption")) as Element[]) el.remove();
  for (const el of Array.from(body.querySelectorAll("[class], [id]")) as Element[]) {
    if (!el.parentNode) continue;
    const tag = String(el.tagName).toUpperCase();
    if (tag === "BODY" || tag === "HTML" || tag === "ARTICLE" || tag === "MAIN") continue;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (!FURNITURE.test(names) && !/caption|credit/i.test(names)) continue;
    if (wordCount(el.textContent ?? "") > Math.max(120, total * 0.15) || holdsProse(el)) continue;
    el.remove();
  }
}

/** Three paragraphs of a dozen words or more are an article's text, whatever box they sit in. */
function holdsProse(el: Element): boolean {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p")) as Element[]) if (wordCount(p.textContent ?? "") >= 12 && ++n >= 3) return true;
  return false;
}

/** "By Jane Doe", "por César Salza", "Jane Doe —" → the names alone; a Twitter handle or URL is not a byline. */
export function bylineName(byline: string | undefined): string | undefined {
  const name = byline
    ?.replace(/^\s*(by|von|par|por|di|door|av|af)\s+/i, "")
    .replace(/[\s—–|,-]+$/, "")
    .trim();
  if (!name || /^(follow\s+)?@\w+$/i.test(name) || /^https?:\/\//.test(name)) return undefined;
  return name;
}

/**
 * The headline, byline and dateline lines some pages keep inside the article box: they are metadata, read
 * separately, so lines among the first few that repeat the title or byline, or only say "By …", go.
 */
function dropHeaderLines(text: string, meta: Meta): string {
  const lines = text.split("\n\n");
  const same = (a: string, b?: string) => !!b && a.toLowerCase() === b.toLowerCase();
  let i = 0;
  while (i < Math.min(lines.length - 1, 4)) {
    const line = lines[i];
    const isHeader = same(line, meta.title) || same(line, meta.byline) || same(bylineName(line) ?? "", meta.byline) || (/^by\s+\p{Lu}/iu.test(line) && wordCount(line) <= 8);
    if (!isHeader) break;
    i++;
  }
  return lines.slice(i).join("\n\n");
}

/** Whole lines that are page furniture in any news site's body: markers, prompts, credits, timestamps. */
const BOILERPLATE_LINE = [
  /^(advert|advertisement|sponsored|skip to (main )?content|sign in|log in|share|share this( article| story)?|tweet|email|print|close|caption|comments?|post comment.*|view comments|leave a comment|subscribe|sign up|view author archive|email the author|recent articles|popular this week|you may also like:?|more:?|related:?|read more:?)$/i,
  /^(read more|related|see also|also read|also on [\w.]+|more from [^:]+|recommended|watch|listen)\s*:.{0,200}$/i,
  /^\[related:.*\]$/i,
  /^(photo|image|picture|video|source|credit|image credit|photo credit)\s*:.{0,120}$/i,
  /^\((image|photo|picture|credit)\b[^)]{0,120}\)$/i,
  /^image \d+ of \/? ?\d+$/i,
  /^(updated|posted|published|first published|last updated|updated on|posted on|published on)\b[:\s].{0,80}$/i,
  /^(sign up|subscribe|get the latest|like this story|follow us|click here to subscribe)\b.{0,200}$/i,
  /\bnewsletters?\b.{0,80}$/i,
  /^this website uses cookies\b/i,
  /^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\s*:?.{0,20}$/i,
  /^\d+\s*(min|mins|minute|minutes)\s+read$/i,
  /^filed under\s*:/i,
  // A dateline standing alone: "18 NOV 2019", "November 18, 2019 | 4:10pm", "Tue 19 Nov 2019 06.00 GMT".
  /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?)\s+\d{4}([\s,|\-–]+(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?)?$/i,
  // A photo credit standing alone: "Natalie Naccache | Bloomberg | Getty Images", "Sakib Ali/Hindustan Times/Getty Images".
  /^[^.!?]{0,80}\b(getty images|ap photo|afp|shutterstock|istock|alamy|epa|reuters|associated press)\b[^.!?]{0,40}$/i,
];

/** A heading that introduces links to other stories: "You may also like...", "More Great WIRED Stories", "Most read". */
const RELATED_HEADING = /^(you (may|might) also like|more (great )?[\w ]{0,20}stories|more from [\w ]{1,30}|related (stories|articles|coverage|content|posts|reading)|recommended( for you| reading)?|read next|what to read next|most (read|popular|viewed)|trending( now)?|popular (now|this week)|more:?|more on this( story)?|also read|see also)\W*$/i;

/** A line that reads as a headline, not prose: short, and not ending a statement (headlines may ask). */
const headlineLike = (line: string): boolean => wordCount(line) <= 20 && !/[.!:;"”’)]$/.test(line);

/**
 * Drops boilerplate lines, and a related-stories heading together with the headlines that follow it. A line of
 * real prose that happens to start like boilerplate is long, so long lines stay (except newsletter and cookie
 * prompts, which run long).
 */
function dropBoilerplateLines(text: string): string {
  const kept: string[] = [];
  let inRelatedList = false;
  for (const line of text.split("\n\n")) {
    if (RELATED_HEADING.test(line)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList && headlineLike(line)) continue;
    inRelatedList = false;
    if (BOILERPLATE_LINE.some((re) => re.test(line)) && (wordCount(line) <= 40 || /newsletter|cookies/i.test(line))) continue;
    kept.push(line);
  }
  return kept.join("\n\n");
}

// ---------------------------------------------------------------------------------------------------------
// DOM to plain text

/** Elements that end a line of text: a paragraph, heading, list item, table cell row, … */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "UL", "CAPTION",
]);
/** Elements whose content is never article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "HEAD", "TITLE", "META", "LINK"]);

/** Plain text of a DOM subtree: one block per line, blocks separated by a blank line, spaces folded inside lines. */
export function blocksToText(root: Node): string {
  const blocks: string[] = [];
  let line = "";
  const flush = () => {
    const folded = line.replace(/[\s\u00a0]+/g, " ").trim();
    if (folded) blocks.push(folded);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.data ?? node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = String(node.tagName ?? "").toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") {
      // A <br> inside a paragraph is a line break the author chose; a run of them separates paragraphs.
      flush();
      return;
    }
    const block = BLOCK.has(tag) || tag === "TD" || tag === "TH";
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (tag === "TD" || tag === "TH") line += " ";
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

/**
 * The fallback body: the element whose direct <p> children hold the most words, with its paragraphs' text.
 * Simple and robust on pages whose article is a plain run of paragraphs that Readability scored below a sidebar.
 */
export function densestParagraphs(document: any): string {
  const parents = new Map<Node, number>();
  for (const p of Array.from(document.querySelectorAll("p")) as Element[]) {
    if (insideSkipped(p)) continue;
    const words = wordCount(p.textContent ?? "");
    if (words < 8) continue;
    const parent = p.parentNode;
    parents.set(parent, (parents.get(parent) ?? 0) + words);
  }
  let best: Node | undefined, bestWords = 0;
  for (const [parent, words] of parents) if (words > bestWords) (best = parent), (bestWords = words);
  return best ? blocksToText(best) : "";
}

function insideSkipped(el: Element): boolean {
  for (let n = el.parentNode; n && n.nodeType === 1; n = n.parentNode) if (SKIP.has(String(n.tagName).toUpperCase())) return true;
  return false;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------------------
// Metadata

type Meta = Omit<ArticleExtract, "text">;

/** Metadata, best source first: JSON-LD (the publisher's structured claim), then Open Graph and the other meta vocabularies, then the markup. */
function readMetadata(document: any, url?: string): Meta {
  const tags = metaTags(document);
  const ld = jsonLdArticle(document);
  const pick = (...names: string[]) => {
    for (const n of names) {
      const v = clean(tags.get(n));
      if (v) return v;
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? pick("og:url", "twitter:url");
  const timeEl = document.querySelector("article time[datetime], time[pubdate][datetime], time[itemprop~=datePublished][datetime], time[datetime]");
  const published =
    isoDate(ld.published) ??
    isoDate(pick("article:published_time", "og:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date", "pubdate", "publish-date", "og:article:published_time", "article.published", "cxenseparse:recs:publishtime")) ??
    isoDate(timeEl?.getAttribute("datetime"));
  const lang = document.documentElement?.getAttribute("lang") ?? pick("og:locale", "content-language", "language", "dc.language");
  return dropEmpty({
    title: clean(ld.headline) ?? pick("og:title", "twitter:title", "parsely-title", "dc.title", "headline", "title") ?? titleFromTitleElement(document) ?? onlyHeadline(document),
    outlet: clean(ld.publisher) ?? pick("og:site_name", "application-name", "twitter:app:name:iphone", "publisher", "dc.publisher"),
    byline: clean(ld.author) ?? pick("author", "article:author_name", "parsely-author", "sailthru.author", "byl", "dc.creator", "twitter:creator:name"),
    published,
    url: absoluteUrl(canonical, url) ?? url,
    language: isoLanguage(lang),
    description: pick("description", "og:description", "twitter:description", "dc.description") ?? clean(ld.description),
  });
}

/** Meta tags by lower-cased name, property or itemprop; the first of each name wins. */
function metaTags(document: any): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll("meta")) as Element[]) {
    const content = m.getAttribute("content");
    if (content == null) continue;
    const names = [m.getAttribute("name"), m.getAttribute("property"), m.getAttribute("itemprop"), m.getAttribute("http-equiv")];
    for (const attr of names) {
      // "property" may hold several space-separated names ("og:title twitter:title").
      for (const name of (attr ?? "").toLowerCase().split(/\s+/)) if (name && !tags.has(name)) tags.set(name, content);
    }
  }
  for (const el of Array.from(document.querySelectorAll("[itemprop]:not(meta)")) as Element[]) {
    const name = String(el.getAttribute("itemprop")).toLowerCase();
    if (!["datepublished", "author", "headline"].includes(name) || tags.has(name)) continue;
    const value = el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent;
    if (value) tags.set(name, value);
  }
  return tags;
}

interface LdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  published?: string;
  description?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|WebPage|TechArticle|SatiricalArticle|AdvertiserContentArticle)$/;

/** The first article-like object in the page's JSON-LD, looking inside arrays and @graph. Broken JSON is ignored. */
function jsonLdArticle(document: any): LdArticle {
  const candidates: any[] = [];
  const visit = (x: any) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === "object") {
      if (x["@graph"]) visit(x["@graph"]);
      const types = ([] as unknown[]).concat(x["@type"] ?? []).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) candidates.push(x);
      if (x.mainEntity) visit(x.mainEntity);
    }
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json" i]')) as Element[]) {
    try {
      visit(JSON.parse((s.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")));
    } catch {
      /* publishers ship broken JSON-LD; the other sources still count */
    }
  }
  // A WebPage wraps the article on many sites: prefer the object that is an article proper.
  candidates.sort((a, b) => Number(isWebPage(a)) - Number(isWebPage(b)));
  const art = candidates[0];
  if (!art) return {};
  return {
    headline: textOf(art.headline ?? art.name),
    author: names(art.author ?? art.creator),
    publisher: names(art.publisher),
    published: textOf(art.datePublished ?? art.dateCreated ?? art.uploadDate),
    description: textOf(art.description),
  };
}

const isWebPage = (x: any): boolean => ([] as unknown[]).concat(x["@type"] ?? []).every((t) => t === "WebPage");

function textOf(x: unknown): string | undefined {
  if (typeof x === "string") return x;
  if (Array.isArray(x)) return textOf(x[0]);
  if (x && typeof x === "object" && "@value" in x) return textOf((x as any)["@value"]);
  return undefined;
}

/** Names of people or organizations: "A", {name: "A"}, [{name: "A"}, {name: "B"}] → "A, B". */
function names(x: unknown): string | undefined {
  const list = ([] as unknown[]).concat(x ?? []);
  const out = list
    .map((p) => (typeof p === "string" ? p : p && typeof p === "object" ? textOf((p as any).name) : undefined))
    .filter((s): s is string => !!s && !/^https?:\/\//.test(s.trim()));
  return out.length ? out.join(", ") : undefined;
}

/** The <title>, without the " | Site name" or " - Site name" tail that most sites add. */
function titleFromTitleElement(document: any): string | undefined {
  const raw = clean(document.querySelector("title")?.textContent);
  if (!raw) return undefined;
  const parts = raw.split(/\s+[|\-–—»·:]\s+/);
  if (parts.length > 1 && wordCount(parts[0]) >= 3) return parts[0];
  return raw;
}

/** A page without a <title> or title metadata: its one <h1>, when it has exactly one. */
function onlyHeadline(document: any): string | undefined {
  const h1s = Array.from(document.querySelectorAll("h1")) as Element[];
  return h1s.length === 1 ? clean(h1s[0].textContent) : undefined;
}

function absoluteUrl(href: string | undefined | null, base?: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return /^https?:\/\//.test(href.trim()) ? href.trim() : undefined;
  }
}

/** "en-GB", "en_US", "EN" → "en"; anything that is not a language tag → undefined. */
export function isoLanguage(tag: string | undefined | null): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? "");
  return m && m[1].length === 2 ? m[1].toLowerCase() : undefined;
}

/**
 * A publication date in ISO 8601: ISO strings pass through (date or instant, keeping their offset); other
 * forms ("Mon, 28 Feb 2022 10:00:00 GMT", "2022/02/28") go through Date. Undefined when it is not a date.
 */
export function isoDate(value: string | undefined | null): string | undefined {
  const s = value?.trim();
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!h) return `${y}-${mo}-${d}`;
    const z = !zone ? "" : zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}${sec && sec !== "00" ? ":" + sec : ""}${z}`;
  }
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000).toISOString().replace(/:00\.000Z$/, "Z").replace(/\.000Z$/, "Z");
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (slashed) return `${slashed[1]}-${slashed[2].padStart(2, "0")}-${slashed[3].padStart(2, "0")}`;
  if (!/[a-z]{3}/i.test(s) || !/\d{4}/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const hasClock = /\d{1,2}:\d{2}/.test(s);
  const iso8601 = new Date(t).toISOString();
  return hasClock ? iso8601.replace(/:00\.000Z$/, "Z").replace(/\.000Z$/, "Z") : localDate(t);
}

/** The calendar date Date.parse read (it parses zone-less dates as local time). */
function localDate(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Whitespace folded; HTML entities left by double-escaping decoded; empty → undefined. */
function clean(s: string | undefined | null): string | undefined {
  const t = s?.replace(/[\s\u00a0]+/g, " ").trim();
  return t ? decodeEntities(t) : undefined;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** Entities that survive in attribute values published double-escaped ("&amp;#8217;"). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

function dropEmpty<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined || o[k] === "") delete o[k];
  return o;
}
