/** Numbers, intervals and changes as the text readers see, and CSV tables. Locale-independent. */
package dev.evalpress.render.format;
