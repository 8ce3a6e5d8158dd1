package org.taipan.parser.ast;

/** {@code ast.arg}. */
public record Arg(String arg, Expr annotation, String typeComment, Loc loc) implements Located {}
