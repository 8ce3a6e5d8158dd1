package org.taipan.parser.ast;

/** {@code ast.expr_context}. */
public enum ExprContext implements Node { Load, Store, Del }
