/**
 * The end of the article: once a page has given a real stretch of prose, a heading that opens the page's own
 * sections — comments, related or most-read lists, "You may also like", "See also" — ends the article, and
 * everything after it goes (teasers and comments read like prose line by line, so only their heading gives them
 * away). Only a standalone heading counts, and only after enough prose that it cannot be the article's top.
 */
import { classify } from "./main-body.js";
import type { BlockRule, Context, Line } from "./types.js";

const SECTION_HEADING = /^(comments|reader comments|top (rated )?comments|comments? \(\d+\)|\d+ comments?|view (all )?comments|show comments|load comments|leave a (comment|reply)|post a comment|add (a )?comment|join the (discussion|conversation)|you (may|might) (also )?(like|enjoy|be interested in)|more coverage|related( articles| stories| coverage| content| posts| news| videos| reading| links| topics)?|recommended( for you| stories| videos| reading| articles)?|most (popular|read|viewed|shared|commented|emailed|watched)( (now|today|this week|stories|articles))?|trending( now| stories| news| articles)?( on [\p{L}\p{N}. ]{1,30})?|popular (now|stories|posts|articles|on [\p{L}\p{N}. ]{1,30})|around the web|top stories|latest (news|stories|videos|headlines|articles|posts)|read next|up next|what to read next|more stories|more news|more (from|in|on) [\p{L}\p{N}.&' ]{1,30}|more [\p{Lu}][\p{L}.]*( [\p{Lu}][\p{L}.]*)?|editors?'? picks|sponsored (stories|links|content)|promoted (stories|links|content)|from (our|the) (partners|web)|see also|further reading|external links|in case you missed it|don't miss|also (read|see|on [\p{L}\p{N}. ]{1,30})|other (stories|news|articles))[.:!\u2026\u00bb\u203a>]*$/u;
const COMMENT_SYSTEM = /\b(comments powered by|please (be respectful|abide by our|keep (it|comments) civil)|submission guidelines|community (guidelines|rules) apply|comments are closed|(log|sign) in to (comment|reply)|be the first to comment|commenting (is|has been) (closed|disabled)|your comment will be reviewed)\b/;

const COMMENT_HEADING = /comment|join the|leave a|reply/;

/** How much prose must come before a section heading for it to end the article rather than precede it. */
const MIN_PROSE_WORDS = 80;

export const articleEnd: BlockRule = {
  name: "after-article-end",
  kind: "block",
  select(ctx: Context): number[] {
    const proseWords = ctx.lines.map((l) => (ctx.kept[l.index] && classify(l) === "good" ? l.words : 0));
    const total = proseWords.reduce((a, b) => a + b, 0);
    let before = 0;
    for (const line of ctx.lines) {
      before += proseWords[line.index]!;
      if (before < MIN_PROSE_WORDS || line.index === ctx.headline) continue;
      const kind = endKind(line, ctx);
      // A related box inside an article is followed by more of the article; one at its end by less prose than it closed.
      if (!kind || (kind === "related" && (total - before >= before || articleResumes(line, ctx)))) continue;
      return ctx.lines.filter((l) => l.index > line.index && ctx.kept[l.index]).map((l) => l.index);
    }
    return [];
  },
};

/** How many lines (a related box's links) may stand between a heading and the article's next paragraphs. */
const MAX_BOX_LINES = 6;

/**
 * Whether the article goes on after a related box: within a few lines of the heading come two paragraphs of prose
 * in a row. A list of teasers alternates a headline with one blurb, so it never does.
 */
function articleResumes(heading: Line, ctx: Context): boolean {
  const next = ctx.lines.filter((l) => l.index > heading.index && ctx.kept[l.index]).slice(0, MAX_BOX_LINES + 2);
  return next.some((l, i) => i <= MAX_BOX_LINES && classify(l) === "good" && next[i + 1] !== undefined && classify(next[i + 1]!) === "good");
}

/** Whether a line opens the page's comments or its lists of other articles. */
function endKind(line: Line, ctx: Context): "comments" | "related" | undefined {
  const t = line.plain;
  if (line.words <= 40 && COMMENT_SYSTEM.test(t) && ctx.lines.length > line.index + 1) return "comments";
  if (line.words > 8 || line.endsSentence || !SECTION_HEADING.test(t)) return undefined;
  return COMMENT_HEADING.test(t) ? "comments" : "related";
}
