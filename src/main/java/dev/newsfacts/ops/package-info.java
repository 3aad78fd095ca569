/**
 * Operations output of the Lambda: CloudWatch Embedded Metric Format (EMF) documents,
 * one per invocation, written as a log line that CloudWatch turns into metrics (articles, quotes,
 * errors by code, duration) without any API call. A small writer of our own rather than
 * Powertools: {@code powertools-logging} 2.x does not resolve from Maven Central under that name,
 * and {@code powertools-metrics} brings aws-embedded-metrics, commons-lang3 and an AspectJ-woven
 * annotation model for what is one JSON line. Records plus the project's one JSON mapper, so the
 * output is deterministic for given values. Nothing here knows about S3 or extraction.
 */
package dev.newsfacts.ops;
