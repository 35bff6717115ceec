/**
 * The outlet and the headline of a plain-text report, read from its own words. An outlet speaks of itself in its
 * pitches ("At The Quint, we …", "Sign up for The Guardian's newsletter", "Follow Al Jazeera on Twitter"), its
 * rights line ("© 2022 Reuters") and its dateline ("LONDON (Reuters) -"). A relay ("reported AFP", "BBC News
 * reports") names a source the report cites, not its outlet, and is never read here.
 */

/** A proper name of up to five words, "The" and small joining words allowed: "The Quint", "Al Jazeera", "The Times of India". */
const NAME = String.raw`((?:The |the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|&|de|du|la|al|el|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,4})`;
const NOT_OUTLETS = /^(The|This|That|We|Our|You|Your|All|Some|Us|Here|Home|Twitter|Facebook|Instagram|Today|Live|Updates|Video|Photos|Opinion|Analysis|News)$/;

/** Self-descriptions, strongest first; each captures the outlet's name. */
const SELF_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bAt ${NAME},? (?:we|our)\b`, "u"),
  new RegExp(String.raw`\b(?:Sign up|Subscribe|Register) (?:to|for) ${NAME}[’']s? (?:\p{L}+ ){0,3}(?:newsletter|bulletin|briefing|emails?|alerts?)`, "u"),
  new RegExp(String.raw`^(?:Follow|Like) ${NAME} on (?:Twitter|Facebook|Instagram|X|LinkedIn|YouTube|Telegram|WhatsApp|TikTok)\b`, "u"),
  new RegExp(String.raw`\b(?:[Ss]upport|[Dd]onate to|[Bb]ecome a (?:member|subscriber|supporter) of) ${NAME}(?:[’']s)? (?:journalism|reporting|today|now)\b`, "u"),
];
/** The rights holder's name after "©", "(c)" or "Copyright" and an optional year: "© 2022 Reuters", "Copyright BBC 2022". */
const RIGHTS_LEAD = /^(?:.*?\s)?(?:(?:\u00a9|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*/u;
/** Link labels that follow "Copyright" without naming anyone. */
const NOT_RIGHTS_HOLDERS = /^(Policy|Notice|Agent|Information|Infringement|Complaints?|Terms|Law|Act|Claims?|Issues?)\b/;

/** The rights holder a rights line names, without "Inc.", "All rights reserved" and the like; undefined for a photo credit. */
function rightsHolder(line: string): string | undefined {
  if (!/\u00a9|\([cC]\)|[Cc]opyright|COPYRIGHT/u.test(line) || /\s\/\s|\/[A-Z]/.test(line)) return undefined;
  const rest = line.replace(RIGHTS_LEAD, "");
  if (rest === line && !/^(?:\u00a9|\([cC]\)|[Cc]opyright)/u.test(line)) return undefined;
  const name = rest
    .split(/\.\s|\s[|\u2013\u2014-]\s|,\s*(?:all rights|inc\b|ltd\b|llc\b)|\ball rights reserved\b/i)[0]!
    .replace(/\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$/u, "")
    .replace(/,?\s+(?:Inc|Ltd|LLC|plc|Limited|Corp|Pty Ltd|Pty|GmbH|S\.A)\.?$/i, "")
    .replace(/[\s.,]+$/u, "")
    .trim();
  if (!name || NOT_RIGHTS_HOLDERS.test(name) || !/^(?:The |the )?[\p{Lu}\p{N}]/u.test(name) || name.split(/\s+/).length > 6) return undefined;
  return name;
}

/** "LONDON (Reuters) -", "(AP) —", "KYIV, Ukraine (AFP) –" at the start of a line. */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L}.' -]{0,40}(?:,\s*[\p{L}.' ]{1,30})?\s*)?\((Reuters|AP|AFP|Associated Press|PTI|IANS|ANI|UPI|Bloomberg|dpa|EFE|Xinhua|CNN|AAP|CP)\)\s*[-–—]/u;

const tidy = (name: string): string => name.replace(/[\s.,’']+$/u, "").replace(/\s+(Newsletters?|Team)$/, "").trim();

function firstMatch(lines: string[], patterns: RegExp[]): string | undefined {
  for (const re of patterns)
    for (const line of lines) {
      const m = line.match(re);
      const name = m?.[1] && tidy(m[1]);
      if (name && !NOT_OUTLETS.test(name)) return name;
    }
  return undefined;
}

/** The outlet the report names as itself, from the kept text and the lines cleaning removed; undefined when it does not say. */
export function inferOutlet(text: string, removed: { text: string; rule: string }[]): string | undefined {
  const keptLines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const removedLines = removed.flatMap((r) => r.text.split("\n")).map((l) => l.trim()).filter(Boolean);
  const all = [...removedLines, ...keptLines];
  // The page's own rights line is its last: earlier ones credit photos and wire copy.
  const rights = [...removedLines, ...keptLines.slice(-3)].map(rightsHolder).filter((n): n is string => !!n && !NOT_OUTLETS.test(n));
  return firstMatch(all, SELF_PATTERNS) ?? firstMatch(keptLines.slice(0, 8), [DATELINE]) ?? siteInTitle(keptLines[0]) ?? rights[rights.length - 1];
}

/** Words that end a headline after a dash without being a site's name ("… - Live updates", "… | Opinion"). */
const NOT_SITE_NAMES = /^(live|live updates|updates|video|videos|photos|gallery|opinion|analysis|explained|review|interview|news|latest|breaking|home|podcast|watch|listen|report|day \d+)$/i;
const NEWS_WORD = /\b(News|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Daily|Today|Online|Express|Mirror|Chronicle|Gazette|Observer|Standard|Independent|Insider|Magazine|Wire|Press|Radio|TV)$/;

/**
 * The site's name a page title carries after its headline: "… | The Guardian", "… - WSJ", "… - Los Angeles Times".
 * After a bar any short capitalised name counts; after a dash only what reads as a site (an acronym, a domain,
 * a name ending in News, Times, Post …), since headlines use dashes themselves.
 */
function siteInTitle(first: string | undefined): string | undefined {
  if (!first || headlineOf(first) === undefined) return undefined;
  const bar = first.match(/\s[|\u2016]\s*([^|]+?)\s*$/u)?.[1];
  const dash = first.match(/\s[-\u2013\u2014]\s+([^-\u2013\u2014|]+?)\s*$/u)?.[1];
  const plausible = (name: string | undefined): name is string =>
    !!name && !NOT_SITE_NAMES.test(name) && name.split(/\s+/).length <= 4 && /^(?:The |the )?[\p{Lu}\p{N}]/u.test(name) && first.length - name.length >= 15;
  if (plausible(bar)) return bar;
  if (plausible(dash) && (/^[A-Z]{2,6}$/.test(dash) || /\.(com|co|net|org|in|ca|uk|au)\b/i.test(dash) || NEWS_WORD.test(dash))) return dash;
  return undefined;
}

const SENTENCE_FINAL = /[.!?…]["'’”)\]]*$/u;

/**
 * The headline of a plain-text report: its first line when that reads as one (at most 25 words and 200
 * characters, no sentence-final period, starts like a title, not a label ending in a colon), else undefined.
 * A question or exclamation headline is allowed; a full stop is not.
 */
export function headlineOf(text: string): string | undefined {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/).map((l) => l.trim()).find(Boolean);
  if (!first) return undefined;
  const words = first.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length < 2 || words.length > 25 || first.length > 200) return undefined;
  if (/[.…]["'’”)\]]*$/u.test(first) && !/\b[A-Z]\.$|\.\.\.$/.test(first)) return undefined;
  if (/[:;,]$/.test(first)) return undefined;
  if (!/^["'‘“(\[]?[\p{Lu}\p{N}]/u.test(first)) return undefined;
  // Two sentences on one line read as a paragraph, not a title.
  if ((first.match(/[.!?]\s+\p{Lu}/gu) ?? []).length >= 2) return undefined;
  return SENTENCE_FINAL.test(first) && !/[?!]["'’”)\]]*$/u.test(first) ? undefined : first;
}
