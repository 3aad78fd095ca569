package dev.newsfacts.model;

/** A machine-readable code (see {@link ErrorCode}) and a message for people; never article text. */
public record ErrorInfo(ErrorCode code, String message) {}
