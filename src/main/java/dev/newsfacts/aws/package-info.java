/**
 * The AWS adapter: Lambda handlers over S3 and batch reruns, the S3 reader
 * (an article source) and the result store (a result sink), and configuration from the environment.
 * Thin by design: every article goes through {@link dev.newsfacts.run.ArticleRunner}, and nothing here
 * knows how extraction works or how review pages look.
 */
package dev.newsfacts.aws;
