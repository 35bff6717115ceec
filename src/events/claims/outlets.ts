/** What marks a name as a news outlet or a publishing channel, so that its "reports" make it a relay. */

/** Platforms a speaker posts on: the nearest link of a relay chain ("posted footage onto Facebook"). */
export const CHANNELS = [
  "Facebook", "Twitter", "X", "Telegram", "Instagram", "YouTube", "TikTok", "WhatsApp", "Weibo", "WeChat", "VKontakte", "VK",
  "Truth Social", "Snapchat", "Reddit", "LinkedIn", "Threads", "Bluesky", "Mastodon", "Substack", "Medium",
];

/** Words and well-known names that make a phrase an outlet ("the Interfax news agency", "BBC News", "state TV"). */
const OUTLET_WORDS =
  /\b(?:news|agency|newspaper|paper|daily|weekly|magazine|times|post|journal|herald|tribune|gazette|telegraph|guardian|chronicle|observer|independent|express|mirror|wire|broadcaster|television|TV|radio|channel|media|outlet|press|Reuters|AP|AFP|BBC|CNN|NBC|CBS|ABC|Fox|MSNBC|NPR|PBS|Al Jazeera|Interfax|TASS|RIA|Novosti|Xinhua|Bloomberg|Politico|Axios|Sky|Euronews|DW|Deutsche Welle|Ukrinform|UNIAN|Sputnik|RT|Kommersant|Izvestia|Yonhap|Kyodo|NHK|Quint|Breitbart|Slate|Vox|HuffPost|Huffington|BuzzFeed|Le Monde|Der Spiegel|El País)\b/;

export const isOutletName = (name: string): boolean => OUTLET_WORDS.test(name);
