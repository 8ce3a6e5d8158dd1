package org.taipan.objects;

/**
 * A parsed format specification of the mini-language that {@code format()}, f-strings and
 * {@code str.format} hand to {@code __format__}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. Parsing checks
 * what every type checks (digits, the grouping character against the type); each type's
 * formatter then checks the rest in CPython's order. Also the padding every formatter shares.
 */
final class FormatSpec {
    /** Code point of the fill, ' ' unless given (or '0' by the zero flag). */
    int fill = ' ';
    boolean fillGiven;
    /** '<', '>', '^', '=' or 0 when not given. */
    int align;
    /** '+', '-', ' ' or 0. */
    int sign;
    boolean z;
    boolean alt;
    /** The '0' flag before the width. */
    boolean zero;
    /** -1 when not given. */
    long width = -1;
    /** ',', '_' or 0. */
    int grouping;
    /** -1 when not given. */
    long precision = -1;
    /** The presentation type's code point, 0 when not given. */
    int type;

    private FormatSpec() {}

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName}; {@code defaultType} stands for
     * a missing type in the check of the grouping character.
     */
    static FormatSpec parse(String spec, String typeName, int defaultType) {
        // Specs are nearly always constants of the program, the same String each time: the
        // last parse of each is kept (a FormatSpec is never changed once parsed).
        int slot = System.identityHashCode(spec) & (CACHE.length - 1);
        Cached hit = CACHE[slot];
        if (hit != null && hit.spec == spec && hit.defaultType == defaultType) {
            return hit.f;
        }
        FormatSpec f = parseNew(spec, typeName, defaultType);
        CACHE[slot] = new Cached(spec, defaultType, f);
        return f;
    }

    private record Cached(String spec, int defaultType, FormatSpec f) {}

    private static final Cached[] CACHE = new Cached[64];

    private static FormatSpec parseNew(String spec, String typeName, int defaultType) {
        FormatSpec f = new FormatSpec();
        int[] c = codePoints(spec);
        int n = c.length, i = 0;
        if (n >= 2 && isAlign(c[1])) {
            f.fill = c[0];
            f.fillGiven = true;
            f.align = c[1];
            i = 2;
        } else if (n >= 1 && isAlign(c[0])) {
            f.align = c[0];
            i = 1;
        }
        if (i < n && (c[i] == '+' || c[i] == '-' || c[i] == ' ')) {
            f.sign = c[i++];
        }
        if (i < n && c[i] == 'z') {
            f.z = true;
            i++;
        }
        if (i < n && c[i] == '#') {
            f.alt = true;
            i++;
        }
        if (i < n && c[i] == '0') {
            f.zero = true;
            if (!f.fillGiven) {
                f.fill = '0';
            }
            i++;
        }
        int start = i;
        i = digits(c, i);
        if (i > start) {
            f.width = number(c, start, i);
        }
        if (i < n && (c[i] == ',' || c[i] == '_')) {
            f.grouping = c[i++];
            if (i < n && (c[i] == ',' || c[i] == '_') && c[i] != f.grouping) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && c[i] == '.') {
            i++;
            start = i;
            i = digits(c, i);
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            f.precision = number(c, start, i);
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            f.type = c[i];
        }
        if (f.grouping != 0) {
            int t = f.type != 0 ? f.type : defaultType;
            boolean ok = switch (t) {
                case 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%', 0 -> true;
                case 'b', 'o', 'x', 'X' -> f.grouping == '_';
                default -> false;
            };
            if (!ok) {
                throw Errors.valueError("Cannot specify '" + (char) f.grouping + "' with " + quoted(t) + ".");
            }
        }
        return f;
    }

    /** The code points of {@code s}: what {@code s.codePoints().toArray()} gives, without a stream. */
    static int[] codePoints(String s) {
        int[] c = new int[s.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = s.charAt(i);
            if (Character.isSurrogate(ch)) {
                return s.codePoints().toArray();
            }
            c[i] = ch;
        }
        return c;
    }

    private static int digits(int[] c, int i) {
        while (i < c.length && c[i] >= '0' && c[i] <= '9') {
            i++;
        }
        return i;
    }

    private static long number(int[] c, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + (c[k] - '0');
        }
        return v;
    }

    /** A type code as CPython quotes it in messages: printable ASCII as itself, else {@code \x} and hex. */
    static String quoted(int t) {
        return "'" + (t > 32 && t < 128 ? String.valueOf((char) t) : "\\x" + Integer.toHexString(t)) + "'";
    }

    static PyException unknownCode(int t, String typeName) {
        return Errors.valueError("Unknown format code " + quoted(t) + " for object of type '" + typeName + "'");
    }

    // ---- padding

    /** The width as an int, or a MemoryError for one no string can have. */
    int widthInt() {
        return size(width);
    }

    /**
     * A string length about to be allocated, or a MemoryError when the heap cannot hold it
     * (CPython would try; a Java OutOfMemoryError must not escape).
     */
    private static final long MAX_CHARS = Runtime.getRuntime().maxMemory() / 8;

    static int size(long chars) {
        if (chars > Integer.MAX_VALUE - 16 || chars > MAX_CHARS) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return (int) chars;
    }

    /** {@code s} ({@code len} code points) padded to the width, with the default alignment {@code dflt}. */
    String pad(String s, int len, int dflt) {
        if (width <= len) {
            return s;
        }
        int total = widthInt() - len;
        int a = align != 0 ? align : dflt;
        int left = a == '>' ? total : a == '^' ? total / 2 : 0;
        StringBuilder sb = new StringBuilder(s.length() + total * Character.charCount(fill));
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, total - left);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int cp, int n) {
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            char ch = (char) cp;
            for (int k = 0; k < n; k++) {
                sb.append(ch);
            }
        } else {
            for (int k = 0; k < n; k++) {
                sb.appendCodePoint(cp);
            }
        }
    }

    // ---- str

    /** {@code str.__format__}. */
    static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = parse(spec, "str", 's');
        if (f.type != 0 && f.type != 's') {
            throw unknownCode(f.type, "str");
        }
        if (f.sign == ' ') {
            throw Errors.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (f.z) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alt) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && f.precision < len) {
            s = s.substring(0, s.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        return f.pad(s, len, '<');
    }
}
