package org.taipan.parser.ast;

/** {@code ast.operator}. */
public enum Operator implements Node { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
