package dev.newsfacts.model;

/** The wire dateline that opens an article: "MEXICO CITY (AP) —". */
public record Dateline(String location, String agency, String date, int start, int end) {}
