/**
 * Bounds on one article's extraction: a per-article {@link dev.newsfacts.extract.bounds.Deadline}
 * that the pipeline checks cooperatively, so no input can stall a batch. Pure Java, no threads.
 */
package dev.newsfacts.extract.bounds;
