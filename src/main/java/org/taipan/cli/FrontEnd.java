package org.taipan.cli;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.taipan.parser.ast.Mod;

/**
 * The front-end entry points the command line uses: parse (as {@code ast.parse}) and the
 * compile-time checks (as {@code compile}). Looked up reflectively so that the command line
 * builds before the parser and the source decoder exist; when one is missing, calls fail with
 * {@link UnsupportedOperationException}.
 */
public final class FrontEnd {
    private FrontEnd() {}

    private static final MethodHandle PARSE = find("org.taipan.parser.Parser", "parse",
            MethodType.methodType(Mod.class, byte[].class, String.class, String.class));
    private static final MethodHandle PARSE_TEXT = find("org.taipan.parser.Parser", "parse",
            MethodType.methodType(Mod.class, String.class, String.class, String.class));
    private static final MethodHandle DECODE = find("org.taipan.parser.SourceDecoder", "decode",
            MethodType.methodType(String.class, byte[].class, String.class));
    private static final MethodHandle CHECKS = find("org.taipan.compiler.CompileChecks", "run",
            MethodType.methodType(void.class, Mod.class, String.class, String.class));

    private static MethodHandle find(String cls, String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(Class.forName(cls), name, type);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static MethodHandle need(MethodHandle h, String what) {
        if (h == null) {
            throw new UnsupportedOperationException(what + " is not available in this build");
        }
        return h;
    }

    public static boolean parserAvailable() {
        return PARSE != null;
    }

    /** {@code ast.parse(source, filename, mode)}: throws {@link org.taipan.parser.PySyntaxError}. */
    public static Mod parse(byte[] source, String filename, String mode) {
        try {
            return (Mod) need(PARSE, "the parser").invokeExact(source, filename, mode);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@code ast.parse} of a str (no coding cookie applies). */
    public static Mod parse(String source, String filename, String mode) {
        try {
            return (Mod) need(PARSE_TEXT, "the parser").invokeExact(source, filename, mode);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@code compile(source, filename, "exec")}: parse, then the compile-time checks. */
    public static Mod compile(byte[] source, String filename) {
        Mod mod = parse(source, filename, "exec");
        checks(mod, source, filename);
        return mod;
    }

    /** The compile-time checks on a tree parsed from {@code source}: throws PySyntaxError. */
    public static void checks(Mod mod, byte[] source, String filename) {
        try {
            String text = DECODE == null ? null : (String) DECODE.invokeExact(source, filename);
            need(CHECKS, "the compile-time checks").invokeExact(mod, filename, text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
