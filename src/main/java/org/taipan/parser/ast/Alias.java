package org.taipan.parser.ast;

/** {@code ast.alias}. */
public record Alias(String name, String asname, Loc loc) implements Located {}
