package org.taipan.objects;

/**
 * Binary number operations. The first 26 are in the order of CPython 3.11's {@code BINARY_OP}
 * argument (NB_ADD … NB_XOR, then the in-place forms), so the eval loop indexes with its oparg.
 */
public enum NumberOp {
    ADD("+", "add", false), AND("&", "and", false), FLOOR_DIVIDE("//", "floordiv", false), LSHIFT("<<", "lshift", false),
    MATRIX_MULTIPLY("@", "matmul", false), MULTIPLY("*", "mul", false), REMAINDER("%", "mod", false), OR("|", "or", false),
    POWER("**", "pow", false), RSHIFT(">>", "rshift", false), SUBTRACT("-", "sub", false), TRUE_DIVIDE("/", "truediv", false),
    XOR("^", "xor", false),
    INPLACE_ADD("+=", "iadd", true), INPLACE_AND("&=", "iand", true), INPLACE_FLOOR_DIVIDE("//=", "ifloordiv", true),
    INPLACE_LSHIFT("<<=", "ilshift", true), INPLACE_MATRIX_MULTIPLY("@=", "imatmul", true),
    INPLACE_MULTIPLY("*=", "imul", true), INPLACE_REMAINDER("%=", "imod", true), INPLACE_OR("|=", "ior", true),
    INPLACE_POWER("**=", "ipow", true), INPLACE_RSHIFT(">>=", "irshift", true), INPLACE_SUBTRACT("-=", "isub", true),
    INPLACE_TRUE_DIVIDE("/=", "itruediv", true), INPLACE_XOR("^=", "ixor", true),
    /** Not an operator, but dispatched like one ({@code divmod()}). */
    DIVMOD("divmod()", "divmod", false);

    public static final int INPLACE_OFFSET = 13;
    private static final NumberOp[] VALUES = values();

    /** The operator as error messages spell it: "+", "+=", "divmod()". */
    public final String symbol;
    /** {@code __add__}, {@code __iadd__}, … */
    public final String dunder;
    /** {@code __radd__}; null for in-place operations. */
    public final String reflected;

    NumberOp(String symbol, String stem, boolean inplace) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.reflected = inplace ? null : "__r" + stem + "__";
    }

    public boolean isInplace() {
        return reflected == null;
    }

    /** {@code ADD} for {@code INPLACE_ADD}; itself otherwise. */
    public NumberOp plain() {
        return isInplace() ? VALUES[ordinal() - INPLACE_OFFSET] : this;
    }

    public static NumberOp of(int oparg) {
        return VALUES[oparg];
    }
}
