/**
 * The AWS adapter: Lambda handlers over S3 (issue 4) and batch reruns (issue 5), the S3 reader
 * and writer, and configuration from the environment. Thin by design: every article goes through
 * {@link dev.newsfacts.extract.Extractor}, and nothing here knows how extraction works.
 */
package dev.newsfacts.aws;
