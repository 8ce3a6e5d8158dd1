package org.taipan.compiler;

import java.util.List;

/**
 * What the compiler produces for one code block (module, class body, function, lambda,
 * comprehension): everything a code object is made of, in plain Java values. The VM turns it
 * into a {@code PyCode}; the compiler knows nothing of Python objects.
 *
 * <p>Fields follow CPython 3.11's code objects:
 * <ul>
 * <li>{@code code}: two bytes per code unit (opcode, argument), see {@link Opcode}, each
 *     instruction followed by its inline CACHE units (zeros); jump arguments count code units
 *     (2 bytes) relative to the end of the jump, as in 3.11.</li>
 * <li>{@code consts}: each is a value as in {@code Expr.Constant} (see there), a
 *     {@link ConstTuple}, a {@link ConstFrozenset}, or a nested {@code CodeUnit}.</li>
 * <li>{@code localsplusNames}/{@code localsplusKinds}: fast locals, cells and free variables in
 *     one list, with CPython's kind bits ({@link #KIND_LOCAL}, {@link #KIND_CELL}, {@link #KIND_FREE},
 *     {@link #KIND_ARG}); co_varnames, co_cellvars and co_freevars are derived from them.</li>
 * <li>{@code linetable}: CPython 3.11's location table format (what {@code co_positions()} and
 *     {@code co_lines()} decode); {@code exceptiontable}: 3.11's exception table format.</li>
 * </ul>
 */
public record CodeUnit(
        int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
        byte[] code, List<Object> consts, List<String> names,
        List<String> localsplusNames, byte[] localsplusKinds,
        String filename, String name, String qualname, int firstlineno,
        byte[] linetable, byte[] exceptiontable) {

    public static final int KIND_ARG = 0x02, KIND_LOCAL = 0x20, KIND_CELL = 0x40, KIND_FREE = 0x80;

    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200, CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** A folded tuple constant. */
    public record ConstTuple(List<Object> items) {}

    /** A folded frozenset constant ({@code x in {1, 2}}). */
    public record ConstFrozenset(List<Object> items) {}
}
