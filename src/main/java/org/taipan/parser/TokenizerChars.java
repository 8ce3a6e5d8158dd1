package org.taipan.parser;

/** Character classes of Python 3.11 identifiers (PEP 3131) and {@code str.isprintable}. */
final class TokenizerChars {
    private TokenizerChars() {}

    static boolean isIdStart(int cp) {
        if (cp < 128) {
            return Tokenizer.isAsciiIdentStart((char) cp);
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isIdContinue(int cp) {
        if (cp < 128) {
            return Tokenizer.isAsciiIdentChar((char) cp);
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** Python's notion: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
