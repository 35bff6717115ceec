/** What marks a name as a news outlet or a publishing channel, so that its "reports" make it a relay. */

/** Platforms a speaker posts on: the nearest link of a relay chain ("posted footage onto Facebook"). */
export const CHANNELS = [
  "Facebook", "Twitter", "X", "Telegram", "Instagram", "YouTube", "TikTok", "WhatsApp", "Weibo", "WeChat", "VKontakte", "VK",
  "Truth Social", "Snapchat", "Reddit", "LinkedIn", "Threads", "Bluesky", "Mastodon", "Substack", "Medium",
];

/** Words and well-known names that make a phrase an outlet ("the Interfax news agency", "BBC News", "state TV"). */
const OUTLET_NAMES =
  /\b(?:News|Agency|Daily|Weekly|Magazine|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Observer|Independent|Express|Mirror|Wire|Television|TV|Radio|Press|Reuters|AP|AFP|BBC|CNN|NBC|CBS|ABC|Fox|MSNBC|NPR|PBS|Al Jazeera|Interfax|TASS|RIA|Novosti|Xinhua|Bloomberg|Politico|POLITICO|Axios|Sky|Euronews|DW|Deutsche Welle|Ukrinform|UNIAN|Sputnik|RT|Kommersant|Izvestia|Yonhap|Kyodo|NHK|Quint|Breitbart|Slate|Vox|HuffPost|Huffington|BuzzFeed|Le Monde|Der Spiegel|El País)\b/;
const OUTLET_NOUNS = /\b(?:news agency|newspaper|broadcaster|news outlet|news site|state media|state television|state TV|tabloid|wire service)\b/i;

export const isOutletName = (name: string): boolean => OUTLET_NAMES.test(name) || OUTLET_NOUNS.test(name);
