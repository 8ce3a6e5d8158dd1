package org.taipan.parser.ast;

/** {@code ast.cmpop}. */
public enum CmpOp implements Node { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
