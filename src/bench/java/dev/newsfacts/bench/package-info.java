/**
 * JMH benchmarks (profile {@code bench}, never part of {@code mvn verify}): full extraction, each
 * stage on its own and the OpenNLP tokenize + POS floor, on our own fixture articles, so that every
 * figure is read as a ratio to the floor measured in the same run (README "Performance").
 */
package dev.newsfacts.bench;
