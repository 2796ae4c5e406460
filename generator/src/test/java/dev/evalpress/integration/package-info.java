/** End-to-end tests: whole sites built from fixture and example inputs, checked through jsoup. */
package dev.evalpress.integration;
