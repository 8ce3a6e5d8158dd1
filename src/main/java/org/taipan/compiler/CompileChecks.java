package org.taipan.compiler;

import org.taipan.parser.ast.Mod;

/**
 * The compile-time errors CPython raises after parsing (future imports, the symbol table,
 * code generation). Entry point used by the tools and tests until code generation exists.
 * The symtable helper replaces this body.
 */
public final class CompileChecks {
    private CompileChecks() {}

    /** Throws {@link org.taipan.parser.PySyntaxError} as {@code compile(src, filename, "exec")} would. */
    public static void run(Mod mod, String filename) {
    }
}
