package org.taipan.compiler;

/**
 * One name in one {@link Scope}: its definition flags and its resolved scope, packed into one
 * int as CPython does (the flag bits below {@link #SCOPE_OFFSET}, the scope above), so that the
 * numbers match Python's {@code symtable} module ({@code Symbol._Symbol__flags}).
 */
public record Symbol(String name, int flags) {
    // Definition flags (how the name occurs in the block).
    /** Named in a {@code global} statement (or a comprehension walrus at module level). */
    public static final int DEF_GLOBAL = 1;
    /** Bound in the block: assignment, def, class, for/with/except/match target, del. */
    public static final int DEF_LOCAL = 2;
    /** A parameter of the function. */
    public static final int DEF_PARAM = 4;
    /** Named in a {@code nonlocal} statement (or a walrus inside a comprehension). */
    public static final int DEF_NONLOCAL = 8;
    /** Read in the block. */
    public static final int USE = 16;
    /** Defined by CPython but never set; kept for the numbering. */
    public static final int DEF_FREE = 32;
    /** A class-scope name that is also free in a method (the method must not see the class binding). */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Target of an annotated assignment to a simple name. */
    public static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Resolved scopes, stored at SCOPE_OFFSET.
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    /** The resolved scope: {@link #LOCAL} … {@link #CELL}, or 0 before analysis. */
    public int scope() {
        return (flags >> SCOPE_OFFSET) & 0xF;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    // The queries of Python's symtable.Symbol.
    public boolean isReferenced() { return has(USE); }
    public boolean isParameter() { return has(DEF_PARAM); }
    public boolean isGlobal() { return scope() == GLOBAL_IMPLICIT || scope() == GLOBAL_EXPLICIT; }
    public boolean isDeclaredGlobal() { return scope() == GLOBAL_EXPLICIT; }
    public boolean isNonlocal() { return has(DEF_NONLOCAL); }
    public boolean isLocal() { return scope() == LOCAL || scope() == CELL; }
    public boolean isAnnotated() { return has(DEF_ANNOT); }
    public boolean isFree() { return scope() == FREE; }
    public boolean isCell() { return scope() == CELL; }
    public boolean isImported() { return has(DEF_IMPORT); }
    public boolean isAssigned() { return has(DEF_LOCAL); }

    public static String scopeName(int scope) {
        return switch (scope) {
            case LOCAL -> "LOCAL";
            case GLOBAL_EXPLICIT -> "GLOBAL_EXPLICIT";
            case GLOBAL_IMPLICIT -> "GLOBAL_IMPLICIT";
            case FREE -> "FREE";
            case CELL -> "CELL";
            default -> "NONE";
        };
    }
}
