package org.taipan.compiler;

import org.taipan.parser.ast.Mod;

/**
 * The compiler's entry point: CPython 3.11's {@code compile()} after parsing. Raises the
 * compile-time SyntaxErrors ({@link CompileChecks}), folds constants ({@link AstOptimizer}),
 * builds the symbol table of the folded tree and generates one {@link CodeUnit} per code block.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * compile()'s {@code RecursionError: maximum recursion depth exceeded during compilation},
     * raised for a tree nested too deeply (the caller turns it into the Python exception).
     */
    public static final class RecursionLimitError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RecursionLimitError() {
            super("maximum recursion depth exceeded during compilation", null, false, false);
        }
    }

    /**
     * @param mode "exec", "eval" or "single"
     * @param flags compile() flags: CO_FUTURE_* bits and PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000)
     * @param optimize 0, 1 (no asserts, {@code __debug__} false) or 2 (also no docstrings)
     * @throws org.taipan.parser.PySyntaxError for the errors compile() raises after parsing
     * @throws RecursionLimitError for a tree nested too deeply
     * @throws IllegalArgumentException for a FunctionType tree (compile() only parses that mode)
     */
    public static CodeUnit compile(Mod mod, String filename, String mode, int flags, int optimize) {
        return compile(mod, filename, null, mode, flags, optimize);
    }

    /** As above; {@code source} (the decoded text, may be null) gives SyntaxErrors their {@code text}. */
    public static CodeUnit compile(Mod mod, String filename, String source, String mode, int flags, int optimize) {
        try {
            return compileTree(mod, filename, source, flags, Math.max(optimize, 0));
        } catch (StackOverflowError e) {
            throw new RecursionLimitError();
        }
    }

    private static CodeUnit compileTree(Mod mod, String filename, String source, int flags, int optimize) {
        Future future = Future.of(mod, filename);
        boolean futureAnnotations = ((future.flags() | flags) & Future.CO_FUTURE_ANNOTATIONS) != 0;
        // As in CPython, the checks and the symbol table see the folded tree.
        Mod folded = AstOptimizer.optimize(mod, optimize, futureAnnotations);
        Symtable st;
        if ((flags & CodeGen.ALLOW_TOP_LEVEL_AWAIT) == 0) {
            st = CompileChecks.check(folded, filename, source, 0, optimize);
        } else {
            // CompileChecks has no flags parameter and would reject top-level await; the symbol
            // table still raises its own errors.
            st = Symtable.build(folded, filename);
        }
        return new CodeGen(st, filename, flags, optimize).compileModule(folded);
    }
}
