package org.taipan.cli;

import org.taipan.compiler.CompileChecks;
import org.taipan.parser.Parser;
import org.taipan.parser.SourceDecoder;
import org.taipan.parser.ast.Mod;

/**
 * The front end as the command line and the tools use it: {@code ast.parse} and
 * {@code compile} up to the compile-time checks. All errors are {@link org.taipan.parser.PySyntaxError}.
 */
public final class FrontEnd {
    private FrontEnd() {}

    /** {@code ast.parse(source, filename, mode)}. */
    public static Mod parse(byte[] source, String filename, String mode) {
        return Parser.parse(source, filename, mode);
    }

    /** {@code ast.parse} of a str (no coding cookie applies). */
    public static Mod parse(String source, String filename, String mode) {
        return Parser.parse(source, filename, mode);
    }

    /** {@code compile(source, filename, "exec")}: parse, then the compile-time checks. */
    public static Mod compile(byte[] source, String filename) {
        Mod mod = parse(source, filename, "exec");
        checks(mod, source, filename);
        return mod;
    }

    /** The compile-time checks on a tree parsed from {@code source}. */
    public static void checks(Mod mod, byte[] source, String filename) {
        CompileChecks.run(mod, filename, SourceDecoder.decode(source, filename));
    }
}
