/** Helpers of the load stage that are not API: JSON with source locations and typed field reads. */
package dev.evalpress.load.internal;
