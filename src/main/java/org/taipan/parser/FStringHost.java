package org.taipan.parser;

import java.util.function.UnaryOperator;
import org.taipan.parser.ast.Expr;

/**
 * What the string-literal code ({@link Strings}) needs from the parser that called it:
 * a way to parse the expression of an f-string replacement field, and error reporting.
 * Implemented by {@link Parser}.
 */
public interface FStringHost {
    /**
     * Parses the expression text of one replacement field (CPython 3.11 parses it wrapped as
     * {@code "(" + expr + ")"}) and returns the expression. Every token the tokenizer produces
     * from {@code source} is passed through {@code relocate} before the parser sees it, so
     * the caller decides how positions inside the string map to positions in the file.
     * Syntax errors come out with CPython's "f-string: " prefix.
     */
    Expr parseFStringExpr(String source, UnaryOperator<Token> relocate);

    /** A SyntaxError at the given span (1-based lines, 0-based UTF-8 byte columns). */
    PySyntaxError error(String msg, int lineno, int colOffset, int endLineno, int endColOffset);

    /** Whether f-strings nested inside this parse are already nested (for "nested too deeply"). */
    int fstringDepth();
}
