/**
 * What a report's web address says about it: the outlet (by its domain) and often the publication date, which news
 * sites write into their paths ("/2013/03/11/", "/20130311/", "/2022-02-27/").
 */
import { URL_LINE } from "./clean-rules/url-line.js";

/** The URL of a pasted report, from the first line that cleaning removed as a bare address. */
export function urlFromRemoved(removed: { text: string; rule: string }[]): string | undefined {
  const line = removed.find((r) => r.rule === "url-line")?.text.trim();
  const url = line?.match(URL_LINE)?.[1];
  return url && (/^https?:/i.test(url) ? url : `https://${url}`);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return undefined;
  }
}

/**
 * The site a URL belongs to, as its owner writes it when it is a known outlet, else the bare host:
 * "https://www.dailymail.co.uk/news/…" → "dailymail.co.uk" (or "Daily Mail" when `known` lists it).
 * `known` are outlet names; a name matches a host whose first label spells it ("Daily Mail" ~ "dailymail").
 */
export function outletFromUrl(url: string, known: readonly string[] = []): string | undefined {
  const host = parse(url)?.hostname.toLowerCase().replace(/^(?:www\d?|m|mobile|amp|edition|news)\./, "");
  if (!host || !host.includes(".") || /^\d+(?:\.\d+){3}$/.test(host)) return undefined;
  const label = host.split(".")[0].replace(/^the(?=.{4})/, "");
  return known.find((name) => spellings(name).includes(label)) ?? host;
}

/**
 * How a domain may spell an outlet's name: whole ("dailymail"), or its first words by their initials and the rest
 * whole ("nytimes", "nydailynews"), or all initials ("wsj").
 */
function spellings(name: string): string[] {
  const words = name.toLowerCase().replace(/^the\s+/, "").split(/[^a-z0-9]+/).filter(Boolean);
  const out = [words.join("")];
  for (let k = 2; k <= words.length; k++) out.push(words.slice(0, k).map((w) => w[0]).join("") + words.slice(k).join(""));
  return out;
}

const valid = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** The publication date a news URL's path spells out, as YYYY-MM-DD; undefined when it spells none. */
export function dateFromUrl(url: string, today: Date = new Date()): string | undefined {
  const path = parse(url)?.pathname;
  if (!path) return undefined;
  const patterns = [
    /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/, // /2013/03/11/
    /(?:^|[\/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\/_.-]|$)/, // /2022-02-27/ or -2022-02-27-
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_.])/, // /20130311/
  ];
  for (const re of patterns) {
    const m = path.match(re);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d) || Date.UTC(y, mo - 1, d) > today.getTime() + 86_400_000) continue;
    return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return undefined;
}
