/**
 * Helpers of the load stage that are not API: the shape of ids, and opening (possibly gzipped)
 * input files.
 */
package dev.evalpress.load.internal;
