package org.taipan.parser.ast;

/** The constant values that have no natural Java counterpart. */
public enum ConstantValue { NONE, ELLIPSIS }
