/**
 * The AWS adapter: Lambda handlers over S3 and batch reruns, the S3 reader
 * and writer, and configuration from the environment. Thin by design: every article goes through
 * {@link dev.newsfacts.extract.Extractor}, and nothing here knows how extraction works.
 */
package dev.newsfacts.aws;
