/**
 * News feeds: RSS 2.0 (and RSS 1.0/RDF) items and Atom entries, each a report. Parsed with linkedom's XML
 * parser, which handles CDATA and entities and tolerates the malformed XML feeds often are.
 */
import { DOMParser } from "linkedom";
import { isoDate } from "./html.js";

export interface FeedItem {
  title?: string;
  url?: string;
  /** ISO 8601. */
  published?: string;
  /** The channel's or feed's title. */
  outlet?: string;
  /** The item's content when it is HTML (content:encoded, Atom html/xhtml content, a description with markup). */
  html?: string;
  /** The item's content when it is plain text. */
  text?: string;
  byline?: string;
}

type El = any;

/** Whether a document is an RSS or Atom feed: its root element, after any XML declaration, comments and doctype. */
export function looksLikeFeed(xml: string): boolean {
  const head = xml
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "")
    .trimStart();
  return /^<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]/.test(head) && !/^<feed[^>]*xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/.test(head);
}

/** The items of an RSS or Atom feed, in document order. Throws when the document is not a feed. */
export function parseFeed(xml: string): FeedItem[] {
  if (!looksLikeFeed(xml)) throw new Error("not an RSS or Atom feed");
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ""), "text/xml");
  const root: El = doc.documentElement;
  if (!root) throw new Error("not an RSS or Atom feed");
  return localName(root) === "feed" ? atomEntries(root) : rssItems(root);
}

function rssItems(root: El): FeedItem[] {
  const channel = descendants(root, "channel")[0];
  const outlet = plain(childText(channel, "title"));
  return descendants(root, "item").map((item) => {
    const guid = child(item, "guid");
    const guidUrl = guid && guid.getAttribute("isPermaLink") !== "false" && /^https?:\/\//.test(guid.textContent.trim()) ? guid.textContent.trim() : undefined;
    const rich = childText(item, "content:encoded") ?? childText(item, "encoded");
    const description = childText(item, "description");
    return tidy({
      title: plain(childText(item, "title")),
      url: childText(item, "link")?.trim() || guidUrl || child(item, "link")?.getAttribute("href") || undefined,
      published: isoDate(childText(item, "pubDate") ?? childText(item, "dc:date") ?? childText(item, "date") ?? childText(item, "published")),
      outlet,
      byline: plain(childText(item, "dc:creator") ?? childText(item, "creator") ?? childText(item, "author")),
      ...content(rich ?? description, rich ? "html" : undefined),
    });
  });
}

function atomEntries(root: El): FeedItem[] {
  const outlet = plain(textConstruct(child(root, "title")));
  return children(root, "entry").map((entry) => {
    const links = children(entry, "link");
    const link = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
    const body = child(entry, "content") ?? child(entry, "summary");
    const type = (body?.getAttribute("type") ?? "text").toLowerCase();
    const authors = children(entry, "author").map((a) => plain(childText(a, "name") ?? a.textContent)).filter(Boolean);
    return tidy({
      title: plain(textConstruct(child(entry, "title"))),
      url: link?.getAttribute("href")?.trim() || undefined,
      published: isoDate(childText(entry, "published") ?? childText(entry, "updated") ?? childText(entry, "issued")),
      outlet,
      byline: authors.length ? authors.join(", ") : undefined,
      ...content(body ? textConstruct(body) : undefined, type === "html" || type === "xhtml" || type === "text/html" ? "html" : type === "text" ? undefined : "text"),
    });
  });
}

/** An Atom text construct: xhtml content is its markup, html and text content their (entity-decoded) text. */
function textConstruct(el: El): string | undefined {
  if (!el) return undefined;
  if ((el.getAttribute("type") ?? "").toLowerCase() === "xhtml") {
    const div = Array.from(el.children as El[]).find((c) => localName(c) === "div");
    return (div ?? el).innerHTML;
  }
  return el.textContent;
}

/** Content as html when it is (or contains) markup, else as text. `as` forces the choice. */
function content(raw: string | undefined, as?: "html" | "text"): Pick<FeedItem, "html" | "text"> {
  const s = raw?.trim();
  if (!s) return {};
  const isHtml = as === "html" || (as === undefined && /<\/?(p|br|div|a|span|img|b|i|em|strong|ul|ol|li|h\d|blockquote|figure|table)\b[^>]*>/i.test(s));
  return isHtml ? { html: s } : { text: s.replace(/[ \t\u00a0]+/g, " ").replace(/\n{3,}/g, "\n\n") };
}

/** A title or name: markup some feeds put there dropped, entities decoded, spaces folded. */
function plain(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.includes("<") ? new DOMParser().parseFromString(`<html><body>${s}</body></html>`, "text/html").body.textContent : s;
  const folded = String(t ?? "").replace(/[\s\u00a0]+/g, " ").trim();
  return folded || undefined;
}

const localName = (el: El): string => String(el.localName ?? el.tagName ?? "").toLowerCase().replace(/^.*:/, "");
/** Element names as written, prefix included ("dc:creator"), or without one ("creator" matches any prefix). */
const nameMatches = (el: El, name: string): boolean => {
  const full = String(el.tagName ?? "").toLowerCase();
  return name.includes(":") ? full === name.toLowerCase() : localName(el) === name.toLowerCase();
};
const children = (el: El, name: string): El[] => (el ? (Array.from(el.children ?? []) as El[]).filter((c) => nameMatches(c, name)) : []);
const child = (el: El, name: string): El | undefined => children(el, name)[0];
const childText = (el: El, name: string): string | undefined => {
  const c = child(el, name);
  return c ? c.textContent : undefined;
};

function descendants(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (n: El) => {
    for (const c of Array.from(n.children ?? []) as El[]) {
      if (nameMatches(c, name)) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

function tidy(item: FeedItem): FeedItem {
  for (const k of Object.keys(item) as (keyof FeedItem)[]) if (item[k] === undefined || item[k] === "") delete item[k];
  return item;
}
