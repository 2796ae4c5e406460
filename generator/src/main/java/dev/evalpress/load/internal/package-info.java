/** Helpers of the load stage that are not API: the shape of ids. */
package dev.evalpress.load.internal;
