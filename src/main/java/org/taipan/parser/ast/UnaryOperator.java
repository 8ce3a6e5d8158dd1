package org.taipan.parser.ast;

/** {@code ast.unaryop}. */
public enum UnaryOperator implements Node { Invert, Not, UAdd, USub }
