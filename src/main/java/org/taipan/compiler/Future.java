package org.taipan.compiler;

import java.util.List;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;

/**
 * The {@code from __future__ import} features of a module (CPython's future.c). Only the
 * leading future imports count (after an optional docstring); a future import after other
 * code on the same line is reported here, one on a later line by {@link CodegenChecks}.
 */
public final class Future {
    // co_flags values of the features that still change anything (from __future__.py).
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** Every feature name Python 3.11 accepts; the others are no-ops now. */
    public static final List<String> FEATURES = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private int flags;
    private int lastLine;

    private Future() {}

    /** CO_FUTURE_* bits the features set (CPython adds them to every code object's co_flags). */
    public int flags() { return flags; }

    /** Line of the last valid leading future import, 0 if none (CPython's ff_lineno). */
    public int lastLine() { return lastLine; }

    /** {@code from __future__ import annotations}: annotations are kept as strings, never evaluated. */
    public boolean annotations() { return (flags & CO_FUTURE_ANNOTATIONS) != 0; }

    public boolean barryAsBdfl() { return (flags & CO_FUTURE_BARRY_AS_BDFL) != 0; }

    /** The CO_FUTURE_* bits compile() may be given in its flags (CPython's PyCF_MASK). */
    public static final int FLAGS_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000
            | CO_FUTURE_BARRY_AS_BDFL | 0x800000 | CO_FUTURE_ANNOTATIONS;

    /** These features plus the future bits of compile()'s {@code flags} (inherited features). */
    public Future withFlags(int compileFlags) {
        Future f = new Future();
        f.flags = flags | (compileFlags & FLAGS_MASK);
        f.lastLine = lastLine;
        return f;
    }

    /** The features of {@code mod}; throws PySyntaxError for an unknown feature or a misplaced import. */
    public static Future of(Mod mod, String filename) {
        return of(mod, new CompileError(filename, null));
    }

    static Future of(Mod mod, CompileError errors) {
        Future f = new Future();
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            default -> List.of();
        };
        boolean done = false;
        int prevLine = 0;
        for (int i = isDocstring(body) ? 1 : 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = s.loc().lineno();
            // Only statements sharing a line with the leading block are still examined here.
            if (done && line > prevLine) {
                break;
            }
            prevLine = line;
            if (s instanceof Stmt.ImportFrom imp && "__future__".equals(imp.module())) {
                if (done) {
                    // CPython passes the 0-based column here, unlike the other future errors.
                    throw errors.atStart("from __future__ imports must occur at the beginning of the file",
                            line, s.loc().colOffset());
                }
                f.addFeatures(imp, errors);
                f.lastLine = line;
            } else {
                done = true;
            }
        }
        return f;
    }

    private void addFeatures(Stmt.ImportFrom imp, CompileError errors) {
        for (Alias a : imp.names()) {
            String feature = a.name();
            switch (feature) {
                case "barry_as_FLUFL" -> flags |= CO_FUTURE_BARRY_AS_BDFL;
                case "annotations" -> flags |= CO_FUTURE_ANNOTATIONS;
                case "braces" -> throw errors.atStart("not a chance", imp.loc().lineno(), imp.loc().colOffset() + 1);
                default -> {
                    if (!FEATURES.contains(feature)) {
                        throw errors.atStart("future feature " + feature + " is not defined",
                                imp.loc().lineno(), imp.loc().colOffset() + 1);
                    }
                }
            }
        }
    }

    /** CPython's docstring test: the first statement is an expression that is a str constant. */
    static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String;
    }
}
