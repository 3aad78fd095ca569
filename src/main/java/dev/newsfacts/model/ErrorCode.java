package dev.newsfacts.model;

/** Why an input produced an error document instead of a result. */
public enum ErrorCode {
  /** Zero bytes, or nothing but white space. */
  EMPTY,
  /** Larger than the configured input limit. */
  TOO_LARGE,
  /** Binary or otherwise not an article (PDF, image, archive ...). */
  UNSUPPORTED_CONTENT,
  /** Bytes that no supported text encoding decodes. */
  DECODE_FAILED,
  /** The input could not be read at all (permissions, I/O). */
  UNREADABLE,
  /** A bug or resource failure inside extraction; the message says which. */
  INTERNAL,
  /** Extraction ran past the per-article time budget and was stopped. */
  TIMEOUT
}
