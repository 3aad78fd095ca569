/**
 * Structured logs: one JSON object per line, one line per article, written by the
 * CLI and the Lambda alike. Lines carry where an article came from, its outcome, counts and
 * timings, and never a word of its text. Field names are documented in README "Logs".
 */
package dev.newsfacts.logging;
