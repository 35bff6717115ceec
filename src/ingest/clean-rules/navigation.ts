/**
 * Site navigation copied along with the article: skip links, "Menu", "Search", "Home", "Back to top", and
 * breadcrumbs ("News › World › Europe", "Home | Sport | Football"). Each is a short line that no report writes.
 */
import type { LineRule } from "./types.js";

const NAV_LINE = /^(skip to (main )?(content|navigation|search|footer)|jump to (navigation|content|search)|skip navigation|toggle navigation|open (the )?menu|close (the )?menu|main menu|menu|navigation|search|search\u2026|search\.\.\.|site search|home|homepage|home page|back to top|back|go back|sections|all sections|edition|choose edition|select edition|language|english|log out|sign out|account|my profile|settings|notifications|open search|close|close search|submit|go|next slide|previous slide)[.:!]?$/;
const CRUMB_SEPARATORS = /\s[|\u203a\u00bb>/\u2022\u00b7]\s/g;

export const navigation: LineRule = {
  name: "navigation",
  kind: "line",
  test: (line) => {
    if (line.words > 12 || line.endsSentence) return false;
    const t = line.plain;
    if (NAV_LINE.test(t)) return true;
    // A breadcrumb: short capitalised labels strung on separators.
    const parts = line.text.split(CRUMB_SEPARATORS);
    return parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(p.trim()));
  },
};
