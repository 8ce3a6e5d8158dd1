package org.taipan.objects;

/**
 * {@code str % args}, printf-style formatting: {@code %[(key)][flags][width][.precision][lhL]type}
 * with CPython's argument rules (a tuple gives the arguments, anything else is the one
 * argument; an object with {@code __getitem__} other than a tuple or str may serve the keys)
 * and its error messages. {@code bytes % args} runs the same code over the bytes as Latin-1
 * text, with the conversions that differ for bytes ({@code %s}/{@code %b} take bytes-like
 * objects, {@code %c} a byte, {@code %r}/{@code %a} give the ASCII repr).
 */
final class PercentFormat {
    private final String fmt;
    private final PyObject[] items;   // the arguments when args is a tuple, else null
    private final PyObject single;    // the one argument otherwise
    private final PyObject mapping;   // args, when it can be subscripted by key
    private int next;                 // index of the next argument; for a single one 0 or 1
    private final StringBuilder out;
    /** Formatting bytes: the format and the result are Latin-1 strings of the bytes. */
    private final boolean bytes;

    private PercentFormat(String format, PyObject args, boolean bytes) {
        this.bytes = bytes;
        this.fmt = format;
        if (args instanceof PyTuple t) {
            this.items = t.toArray();
            this.single = null;
        } else {
            this.items = null;
            this.single = args;
        }
        boolean text = bytes ? args instanceof PyBytes || args instanceof PyByteArray : args instanceof PyStr;
        this.mapping = !(args instanceof PyTuple) && !text && args.type().getitem != null ? args : null;
        this.out = new StringBuilder(format.length() + 16);
    }

    /** {@code format % args}. */
    static String format(String format, PyObject args) {
        return new PercentFormat(format, args, false).run().toString();
    }

    /** {@code format % args} as a str (inline when short, with no String made). */
    static PyStr formatStr(String format, PyObject args) {
        return PyStr.ofBuilder(new PercentFormat(format, args, false).run());
    }

    /** {@code format % args} for bytes and bytearray. */
    static byte[] formatBytes(byte[] format, PyObject args) {
        String f = new String(format, java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PercentFormat(f, args, true).run().toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private PyObject nextArg() {
        if (items != null) {
            if (next < items.length) {
                return items[next++];
            }
        } else if (next == 0) {
            next = 1;
            return single;
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private boolean allUsed() {
        return items != null ? next >= items.length : next == 1;
    }

    private static PyException incomplete() {
        return Errors.valueError("incomplete format");
    }

    private StringBuilder run() {
        // Read as chars: the directives are ASCII, and text between them is copied whole.
        int n = fmt.length();
        boolean usedKey = false;
        int i = 0;
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct != i) {
                out.append(fmt, i, pct < 0 ? n : pct);
                if (pct < 0) {
                    break;
                }
            }
            i = pct + 1;
            if (i < n && fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            PyObject keyed = null;
            if (i < n && fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1, start = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') {
                        depth++;
                    } else if (fmt.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                String key = fmt.substring(start, i - 1);
                keyed = Abstract.getItem(mapping, bytes
                        ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key));
                usedKey = true;
                next = 1; // a key leaves no positional argument
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                switch (f) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> { }
                }
                if (f != '-' && f != '+' && f != ' ' && f != '#' && f != '0') {
                    break;
                }
            }
            long width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                long w = starArg(true);
                if (w < 0) {
                    left = true;
                    w = -w;
                }
                width = w;
                i++;
            } else if (i < n && isDigit(fmt.charAt(i))) {
                width = 0;
                while (i < n && isDigit(fmt.charAt(i))) {
                    if (width > (Long.MAX_VALUE - 9) / 10) {
                        throw Errors.valueError("width too big");
                    }
                    width = width * 10 + fmt.charAt(i++) - '0';
                }
            }
            long prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = Math.max(0, starArg(false));
                    i++;
                } else {
                    prec = 0;
                    while (i < n && isDigit(fmt.charAt(i))) {
                        if (prec > (Integer.MAX_VALUE - 9) / 10) {
                            throw Errors.valueError("precision too big");
                        }
                        prec = prec * 10 + fmt.charAt(i++) - '0';
                    }
                }
            }
            if (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw incomplete();
            }
            int type = fmt.codePointAt(i);
            int typeIndex = i;
            i += Character.charCount(type);
            PyObject arg = keyed != null ? keyed : nextArg();
            boolean plain = !left && !plus && !space && !alt && !zero && width < 0 && prec < 0;
            if (plain && !bytes && appendPlain(type, arg)) {
                continue;
            }
            Spec s = plain ? PLAIN : new Spec(left, plus, space, alt, zero, width, prec);
            if (bytes && type == 'b') {
                type = 's';
            }
            switch (type) {
                case 's', 'r', 'a' -> text(s, type, arg);
                case 'c' -> padded(s, bytes ? byteCharacter(arg) : character(arg));
                case 'd', 'i', 'u' -> integer(s, 'd', decimalArg(arg, type));
                case 'o', 'x', 'X' -> integer(s, type, hexArg(arg, type));
                case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(s, type, realArg(arg));
                default -> throw Errors.valueError("unsupported format character '"
                        + (type >= 32 && type < 127 ? String.valueOf((char) type) : "?") + "' (0x"
                        + Integer.toHexString(type) + ") at index " + fmt.codePointCount(0, typeIndex));
            }
        }
        if (!allUsed() && mapping == null && !usedKey) {
            throw Errors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A {@code *} width or precision from the arguments. */
    private long starArg(boolean width) {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw Errors.typeError("* wants int");
        }
        if (width) {
            if (!i.isLong()) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return i.longValue();
        }
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return i.longValue();
    }

    /**
     * The commonest directives with no flags, width or precision ({@code %s} of a str, {@code %d}
     * of an int that fits a long), appended without intermediate strings; false for any other.
     */
    private boolean appendPlain(int type, PyObject arg) {
        if (type == 's' && arg.getClass() == PyStr.class) {
            ((PyStr) arg).appendTo(out);
            return true;
        }
        if ((type == 'd' || type == 'i') && arg.getClass() == PyInt.class && ((PyInt) arg).isLong()) {
            out.append(((PyInt) arg).longValue());
            return true;
        }
        return false;
    }

    private static final Spec PLAIN = new Spec(false, false, false, false, false, -1, -1);

    private record Spec(boolean left, boolean plus, boolean space, boolean alt, boolean zero, long width, long prec) {
        int widthInt() {
            return FormatSpec.size(width);
        }
    }

    /** Appends {@code s} ({@code len} code points) padded with spaces to the width. */
    private void padded(Spec s, String text) {
        int len = text.codePointCount(0, text.length());
        int pad = s.width > len ? s.widthInt() - len : 0;
        if (!s.left) {
            FormatSpec.repeat(out, ' ', pad);
        }
        out.append(text);
        if (s.left) {
            FormatSpec.repeat(out, ' ', pad);
        }
    }

    private void text(Spec s, int type, PyObject arg) {
        String t = switch (type) {
            case 's' -> bytes ? bytesText(arg) : Abstract.str(arg).value();
            case 'r' -> StrSurrogates.repr(arg).value();
            default -> StrMethods.asciiEscape(StrSurrogates.repr(arg).value());
        };
        if (s.prec >= 0) {
            int len = t.codePointCount(0, t.length());
            if (len > s.prec) {
                t = t.substring(0, t.offsetByCodePoints(0, (int) s.prec));
            }
        }
        padded(s, t);
    }

    /** The argument of %s / %b in bytes formatting: a bytes-like object or one with {@code __bytes__}. */
    private static String bytesText(PyObject arg) {
        byte[] b = BytesOps.bytesOrNull(arg);
        if (b == null) {
            PyObject conv = arg.type().lookup("__bytes__");
            if (conv == null) {
                throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                        + arg.type().name() + "'");
            }
            PyObject r = Abstract.callBound(conv, arg);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            b = rb.data();
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String byteCharacter(PyObject arg) {
        byte[] b = arg instanceof PyBytes || arg instanceof PyByteArray ? BytesOps.bytesOrNull(arg) : null;
        if (b != null && b.length == 1) {
            return String.valueOf((char) (b[0] & 0xff));
        }
        if (b != null || !Seq.hasIndex(arg)) {
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
        PyInt i = Seq.index(arg);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw Errors.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) i.longValue());
    }

    private static String character(PyObject arg) {
        if (arg instanceof PyStr str) {
            if (str.length() != 1) {
                throw Errors.typeError("%c requires int or char");
            }
            return str.value();
        }
        if (!Seq.hasIndex(arg)) {
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i = Seq.index(arg);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return StrSurrogates.character((int) i.longValue());
    }

    /** The argument of %d: an int, else by {@code __index__} or {@code __int__}. */
    private static PyInt decimalArg(PyObject arg, int type) {
        if (arg instanceof PyInt i) {
            return i;
        }
        if (arg.type().index != null) {
            return Seq.index(arg);
        }
        if (arg.type().asInt != null) {
            return IntMath.toInt(arg);
        }
        throw Errors.typeError("%" + (char) type + " format: a real number is required, not " + arg.type().name());
    }

    /** The argument of %e, %f, %g: a float, or what {@code __float__} or {@code __index__} gives. */
    private static double realArg(PyObject arg) {
        if (arg instanceof PyFloat f) {
            return f.value();
        }
        if (arg.type().asFloat != null || Seq.hasIndex(arg)) {
            return PyFloat.toDouble(arg, "");
        }
        throw Errors.typeError("must be real number, not " + arg.type().name());
    }

    private static PyInt hexArg(PyObject arg, int type) {
        if (!Seq.hasIndex(arg)) {
            throw Errors.typeError("%" + (char) type + " format: an integer is required, not " + arg.type().name());
        }
        return Seq.index(arg);
    }

    private void integer(Spec s, int type, PyInt v) {
        int radix = type == 'o' ? 8 : type == 'd' ? 10 : 16;
        String digits = v.isLong() && v.longValue() != Long.MIN_VALUE ? Long.toString(Math.abs(v.longValue()), radix)
                : radix == 10 ? PyInt.decimal(v.bigValue().abs()) : v.bigValue().abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (s.prec > digits.length()) {
            FormatSpec.size(s.prec);
            digits = "0".repeat((int) s.prec - digits.length()) + digits;
        }
        String prefix = !s.alt || radix == 10 ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        number(s, sign(s, v.signum() < 0), prefix, digits);
    }

    private static String sign(Spec s, boolean neg) {
        return neg ? "-" : s.plus ? "+" : s.space ? " " : "";
    }

    /** Sign, prefix and digits: zero-filled after the prefix with the 0 flag, else space-padded. */
    private void number(Spec s, String sign, String prefix, String body) {
        int len = sign.length() + prefix.length() + body.length();
        int pad = s.width > len ? s.widthInt() - len : 0;
        if (s.left) {
            out.append(sign).append(prefix).append(body);
            FormatSpec.repeat(out, ' ', pad);
        } else if (s.zero) {
            out.append(sign).append(prefix);
            FormatSpec.repeat(out, '0', pad);
            out.append(body);
        } else {
            FormatSpec.repeat(out, ' ', pad);
            out.append(sign).append(prefix).append(body);
        }
    }

    private void floating(Spec s, int type, double d) {
        boolean neg = !Double.isNaN(d) && (d < 0 || d == 0 && 1 / d < 0);
        int t = Character.toLowerCase(type);
        String body = NumberFormat.absDigits(Math.abs(d), t, s.prec, s.alt, true);
        if (type != t) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        number(s, sign(s, neg), "", body);
    }
}
