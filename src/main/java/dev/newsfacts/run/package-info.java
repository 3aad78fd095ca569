/**
 * One way through for every article, whatever it comes from and wherever its result goes: an
 * {@link dev.newsfacts.run.ArticleSource} names articles (a folder, S3 objects, an S3 listing), the
 * {@link dev.newsfacts.run.ArticleRunner} reads, extracts, skips unchanged ones and writes through a
 * {@link dev.newsfacts.run.ResultSink} (a folder, S3, or either with review pages beside the results),
 * and reports each article as one {@link dev.newsfacts.run.ArticleReport}. The CLI and the Lambda
 * handlers only choose the source and the sink.
 */
package dev.newsfacts.run;
