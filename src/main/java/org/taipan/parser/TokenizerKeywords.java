package org.taipan.parser;

import java.util.HashMap;
import java.util.Map;

/** Hard keywords by spelling. */
final class TokenizerKeywords {
    private TokenizerKeywords() {}

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.text, k);
            }
        }
    }

    /** The keyword kind spelled by {@code s}, or null. */
    static TokenKind lookup(String s) {
        return KEYWORDS.get(s);
    }
}
