package org.taipan.parser.ast;

/** {@code ast.withitem}. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
