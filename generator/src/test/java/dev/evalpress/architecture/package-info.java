/**
 * Architecture rules checked with ArchUnit: the one-way pipeline (load, analyse, render, write)
 * between the packages of {@code dev.evalpress}, no package cycles, and {@code internal} packages
 * kept internal.
 */
package dev.evalpress.architecture;
