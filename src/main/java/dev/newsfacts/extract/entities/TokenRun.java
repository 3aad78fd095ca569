package dev.newsfacts.extract.entities;

/** Token indexes {@code [start, end)} of a run of words that may name something. */
record TokenRun(int start, int end) {}
