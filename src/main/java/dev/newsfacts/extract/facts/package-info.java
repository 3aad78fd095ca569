/**
 * Facts of an article: statistics (a normalised figure with what it counts, its period,
 * place and source), roles (person, title, organisation) and dated events (relative dates resolved
 * against the dateline or published date). Rules over tokens, POS tags and the entities of
 * {@code extract.entities}; no model.
 */
package dev.newsfacts.extract.facts;
