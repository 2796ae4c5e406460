package dev.evalpress.model;

/**
 * One turn of a conversation given to a model: its role ({@code system}, {@code user}, …) and text.
 */
public record Message(String role, String content) {}
