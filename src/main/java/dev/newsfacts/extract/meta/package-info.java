/**
 * Article metadata: the wire dateline ("MEXICO CITY (AP) —", "WASHINGTON, Oct 5 (Reuters) -",
 * "Mexico City, (APP - … - 5th Oct, 2023)"), a headline line, the published date and the language
 * (OpenNLP's language detector over a prefix of the text). The date found here is the reference date
 * that relative dates in facts ("on Thursday", "last month") are resolved against.
 */
package dev.newsfacts.extract.meta;
