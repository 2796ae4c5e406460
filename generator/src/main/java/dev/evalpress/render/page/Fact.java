package dev.evalpress.render.page;

/** A labelled fact in a page's header list, such as "Method: DPO". */
public record Fact(String name, String value) {}
