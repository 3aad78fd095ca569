/**
 * Records of the result document (format version 1, see README and {@code schema/result.schema.json}).
 * Nothing but data lives here: the extraction core builds these, the adapters serialise them.
 */
package dev.newsfacts.model;
