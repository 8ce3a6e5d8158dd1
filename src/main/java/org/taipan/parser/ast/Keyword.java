package org.taipan.parser.ast;

/** {@code ast.keyword}; {@code arg} is null for {@code **kwargs}. */
public record Keyword(String arg, Expr value, Loc loc) implements Located {}
