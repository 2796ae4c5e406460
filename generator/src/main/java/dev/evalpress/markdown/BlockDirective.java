package dev.evalpress.markdown;

/**
 * A fenced directive block: its name (the info string), its body, the file line of the opening
 * fence and the file line where the body starts.
 */
public record BlockDirective(String name, String body, int line, int bodyLine) {}
