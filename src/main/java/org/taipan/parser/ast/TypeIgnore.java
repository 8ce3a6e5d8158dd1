package org.taipan.parser.ast;

/** {@code ast.TypeIgnore}. */
public record TypeIgnore(int lineno, String tag) implements Node {}
