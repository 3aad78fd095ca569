/**
 * Language profiles: what one language brings to extraction (quotation marks, speech verbs and their
 * inverted forms, honorifics, pronouns, number and date formats), read from
 * {@code /dev/newsfacts/language/<code>/}, and the rules for French, German and Spanish built on
 * them. The profile is chosen from the article's language before any language-specific step.
 */
package dev.newsfacts.extract.language;
