/**
 * Review pages: static HTML that shows an article with its quotes highlighted and
 * coloured by speaker, plus side panels (speakers, entities, statistics, events), and an index of
 * a folder of results. Pages are rendered from JMustache templates kept as resources; every value
 * is HTML-escaped by the template engine, and the one inline style and script are pinned by
 * hashes in a Content-Security-Policy, so an article holding {@code <script>} shows it as text.
 * Used by the {@code review} command and, opt-in, by the Lambda (a page next to each result).
 */
package dev.newsfacts.review;
