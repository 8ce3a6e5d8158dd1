package org.taipan.objects;

/** Rich comparison operators, in CPython's order (Py_LT … Py_GE). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with its operands exchanged: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ; case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }
}
