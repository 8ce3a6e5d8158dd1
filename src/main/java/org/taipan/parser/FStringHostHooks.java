package org.taipan.parser;

/**
 * Optional extras for an {@link FStringHost}: {@link Strings} uses them when the host also
 * implements this interface. Without them it approximates error positions and drops warnings.
 */
public interface FStringHostHooks {
    /**
     * The last token the parser has fetched when it calls {@link Strings#concatenate}, which is
     * the token after the run of STRING tokens. CPython 3.11 reports most string-literal errors
     * (bad escapes, mixing bytes and str, f-string structure) at that token, as it reports any
     * error raised without an explicit location.
     */
    default Token lastFetchedToken() {
        return null;
    }

    /**
     * A compile-time warning from a string literal, e.g. DeprecationWarning
     * "invalid escape sequence '\d'". CPython 3.11 warns with {@code token}'s line; where warnings
     * are errors it raises a SyntaxError with the same message spanning {@code token}.
     */
    default void warn(String category, String message, Token token) {
    }
}
