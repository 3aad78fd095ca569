/**
 * Entities of an article: people from {@code people.PersonIndex}, organisations, places and
 * nationalities from capitalised runs of words classified with lists ({@link dev.newsfacts.extract.entities.EntityLexicon})
 * and head words, every mention grouped under one canonical name with its aliases ("US" / "United States",
 * "CDC" / "Centers for Disease Control and Prevention"). No NER model: none is published for English on
 * Maven Central, and nothing may be downloaded at run time.
 */
package dev.newsfacts.extract.entities;
