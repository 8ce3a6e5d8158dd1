package org.taipan.parser.ast;

/** {@code ast.boolop}. */
public enum BoolOperator implements Node { And, Or }
