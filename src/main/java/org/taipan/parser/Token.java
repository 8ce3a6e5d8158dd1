package org.taipan.parser;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets, as in CPython's tokens
 * and AST. {@code text} is the token's source text (for STRING the whole literal, prefix and
 * quotes included; for NAME the NFKC-normalised identifier).
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset) {
    @Override
    public String toString() {
        return kind + " " + text + " " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
