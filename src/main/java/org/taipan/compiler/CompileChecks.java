package org.taipan.compiler;

import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;

/**
 * The compile-time errors CPython raises after parsing, in its order: future imports, then
 * the symbol table (its visiting pass, then its analysis), then code generation.
 * Entry point used by the tools and tests until code generation exists.
 */
public final class CompileChecks {
    private CompileChecks() {}

    /**
     * Throws {@link org.taipan.parser.PySyntaxError} as {@code compile(src, filename, "exec")} would.
     * Offsets are the AST's byte columns + 1, which is what CPython 3.11 reports for these
     * errors (it does not convert them to characters); without the source, {@code text} is null.
     */
    public static void run(Mod mod, String filename) {
        run(mod, filename, null);
    }

    /** As {@link #run(Mod, String)}; {@code source} (the decoded text) supplies the errors' {@code text}. */
    public static void run(Mod mod, String filename, String source) {
        check(mod, filename, source, 0);
    }

    /** As {@link #run(Mod, String, String)} with compile()'s {@code flags} (see {@link #check(Mod, String, String, int)}). */
    public static void run(Mod mod, String filename, String source, int flags) {
        check(mod, filename, source, flags);
    }

    /** compile()'s flag allowing await, async for/with and async comprehensions at module level. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** Runs the checks and returns the symbol table the code generator will use. */
    public static Symtable check(Mod mod, String filename, String source) {
        return check(mod, filename, source, 0);
    }

    /**
     * As {@link #check(Mod, String, String)} with compile()'s {@code flags}: CO_FUTURE_* bits
     * (features inherited from the caller) and {@link #PyCF_ALLOW_TOP_LEVEL_AWAIT}.
     */
    public static Symtable check(Mod mod, String filename, String source, int flags) {
        return check(mod, filename, source, flags, 0);
    }

    /**
     * As {@link #check(Mod, String, String, int)} with compile()'s {@code optimize} level: from 1
     * on, assert statements generate no code, so the code generator's errors inside them vanish.
     */
    public static Symtable check(Mod mod, String filename, String source, int flags, int optimize) {
        CompileError errors = new CompileError(filename, source);
        try {
            Future future = Future.of(mod, errors).withFlags(flags);
            Symtable st = Symtable.build(mod, future, errors);
            CodegenChecks.run(mod, st, errors, (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0, optimize > 0);
            return st;
        } catch (StackOverflowError e) {
            // CPython gives up on deep nesting with a RecursionError; do not let a Java error out.
            throw new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                    filename, 0, 0, 0, 0, null);
        }
    }
}
