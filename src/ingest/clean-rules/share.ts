/** Share, follow and comment widgets: "Share this article", "Share on Facebook", "Tweet", "Follow Al Jazeera on Twitter", "View Comments". */
import type { LineRule } from "./types.js";

const NETWORK = "(facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|flipboard|youtube|tiktok|email|e-mail|messenger|rss|google news|snapchat|threads|bluesky)";
const WIDGET = [
  new RegExp(`^((share|post|send|pin) (this|the)? ?(article|story|page|post|link)?( on| via| to| by)? ?${NETWORK}?|share|shares|tweet|email|e-mail|print|copy link|copy url|link copied|save|save article|save for later|bookmark|comments?|view comments|show comments|leave a comment|add a comment|post a comment|join the conversation|reply|like|follow|follow us|listen|listen to this article|gift( this)? article|reprints?|share this|sharethis|copy|embed|more sharing options|share full article|hide caption|toggle caption|font size|text size|a a|a a a|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|messenger|flipboard|instagram|youtube|rss)[.!:]?$`),
  new RegExp(`^(follow|like|join|find) (us|@[\\w.]+|[\\p{L}\\p{N}' .&-]{2,40}) on ${NETWORK}\\b`, "u"),
  new RegExp(`^(share|tweet|post) (this|on|via|to)\\b.{0,40}$`),
  /^\d+\s*(comments?|shares?|responses?|replies)$/,
  /^(comments?|shares?)\s*\(?\d+\)?$/,
  /^(click|tap) (here )?to (share|tweet|email|print|copy)\b/,
  /^(you might|you may) also like$/,
];

export const share: LineRule = {
  name: "share",
  kind: "line",
  test: (line) => line.words <= 12 && WIDGET.some((re) => re.test(line.plain)),
};
