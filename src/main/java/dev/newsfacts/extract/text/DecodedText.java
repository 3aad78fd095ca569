package dev.newsfacts.extract.text;

/**
 * Article text as decoded from the input bytes: a leading BOM dropped and nothing else
 * changed, so every offset in a result indexes exactly this string (issue #2).
 *
 * @param text the decoded article text
 * @param encoding the charset that decoded it
 */
public record DecodedText(String text, String encoding) {}
