/**
 * The cleaning rules in the order clean.ts applies them: first the phrase rules that recognise one kind of
 * boilerplate each (high precision, anywhere in the text), then the statistical rules that find the body.
 */
import { advert } from "./advert.js";
import { allCapsLabel } from "./all-caps-label.js";
import { articleEnd } from "./article-end.js";
import { byline } from "./byline.js";
import { cookies } from "./cookies.js";
import { copyright } from "./copyright.js";
import { credits } from "./credits.js";
import { dateLine } from "./date-line.js";
import { donation } from "./donation.js";
import { mainBody } from "./main-body.js";
import { membership } from "./membership.js";
import { navigation } from "./navigation.js";
import { newsletter } from "./newsletter.js";
import { photoCredit } from "./photo-credit.js";
import { readMore } from "./read-more.js";
import { repeatedShortLine } from "./repeated-short-line.js";
import { share } from "./share.js";
import { topics } from "./topics.js";
import { urlLine } from "./url-line.js";
import type { LineRule, Rule } from "./types.js";

export type { BlockRule, Context, Line, LineRule, Rule } from "./types.js";

/** Phrase rules: each recognises one kind of boilerplate line wherever it stands. */
export const PHRASE_RULES: LineRule[] = [navigation, advert, credits, newsletter, membership, donation, topics, share, cookies, readMore, photoCredit, copyright, byline, dateLine];

/** Rules that a title-like first line must not match to count as the headline. */
export const NOT_A_HEADLINE: LineRule[] = [navigation, advert, credits, newsletter, membership, donation, topics, share, cookies, photoCredit, copyright, byline, dateLine, urlLine];

// The URL line is a pasted-text phenomenon: inside an HTML article a written-out link is body text.
export const RULES: Rule[] = [...PHRASE_RULES, urlLine, allCapsLabel, repeatedShortLine, articleEnd, mainBody];
