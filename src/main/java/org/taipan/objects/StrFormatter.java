package org.taipan.objects;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: replacement fields
 * {@code {name.attr[key]!conv:spec}} with automatic or manual numbering, nested fields in the
 * spec (two levels), and CPython's errors. Fields are parsed and formatted one after another,
 * so an error in a later field is found only after the earlier ones were formatted, as in CPython.
 */
final class StrFormatter {
    private final PyObject[] args;       // positional arguments; null for format_map
    private final PyObject kwargs;       // a dict of keywords, or format_map's mapping; may be null
    private int auto;                    // next automatic field number; -1 once manual numbering is used
    private boolean manual;

    private StrFormatter(PyObject[] args, PyObject kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    static String format(String fmt, PyObject[] args, PyObject kwargs) {
        return new StrFormatter(args, kwargs).render(FormatSpec.codePoints(fmt), 2);
    }

    static String formatMap(String fmt, PyObject mapping) {
        return new StrFormatter(null, mapping).render(FormatSpec.codePoints(fmt), 2);
    }

    private static PyException error(String msg) {
        return Errors.valueError(msg);
    }

    private String render(int[] s, int depth) {
        if (depth <= 0) {
            throw error("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length + 16);
        int n = s.length, i = 0;
        while (i < n) {
            int c = s[i];
            if (c == '}') {
                if (i + 1 < n && s[i + 1] == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw error("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 < n && s[i + 1] == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw error("Single '{' encountered in format string");
            }
            i = field(s, i + 1, depth, out);
        }
        return out.toString();
    }

    /** Parses and formats the field starting after its '{'; returns the index after its '}'. */
    private int field(int[] s, int start, int depth, StringBuilder out) {
        int n = s.length, i = start;
        while (i < n && s[i] != '}' && s[i] != ':' && s[i] != '!') {
            if (s[i] == '{') {
                throw error("unexpected '{' in field name");
            }
            if (s[i] == '[') {
                while (i < n && s[i] != ']') {
                    i++;
                }
                if (i >= n) {
                    break;
                }
            }
            i++;
        }
        if (i >= n) {
            throw error("expected '}' before end of string");
        }
        int nameEnd = i;
        int conversion = 0;
        if (s[i] == '!') {
            if (i + 1 >= n) {
                throw error("end of string while looking for conversion specifier");
            }
            conversion = s[i + 1];
            i += 2;
            if (i >= n) {
                throw error("unmatched '{' in format spec");
            }
            if (s[i] != ':' && s[i] != '}') {
                throw error("expected ':' after conversion specifier");
            }
        }
        int specStart = i + 1, specEnd = i;
        boolean nested = false;
        if (s[i] == ':') {
            int count = 1;
            i++;
            while (true) {
                if (i >= n) {
                    throw error("unmatched '{' in format spec");
                }
                if (s[i] == '{') {
                    nested = true;
                    count++;
                } else if (s[i] == '}' && --count == 0) {
                    break;
                }
                i++;
            }
            specEnd = i;
        }
        PyObject v = lookup(s, start, nameEnd);
        v = switch (conversion) {
            case 0 -> v;
            case 'r' -> StrSurrogates.repr(v);
            case 's' -> Abstract.str(v);
            case 'a' -> PyStr.of(StrMethods.asciiEscape(StrSurrogates.repr(v).value()));
            default -> throw error("Unknown conversion specifier " + (conversion > 32 && conversion < 127
                    ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
        };
        String spec = specEnd > specStart ? new String(s, specStart, specEnd - specStart) : "";
        if (nested) {
            spec = render(java.util.Arrays.copyOfRange(s, specStart, specEnd), depth - 1);
        }
        out.append(formatValue(v, spec));
        return i + 1;
    }

    /** {@code format(v, spec)}, going straight to the builtins' formatters for their own types. */
    static String formatValue(PyObject v, String spec) {
        PyType t = v.type();
        if (t == PyStr.TYPE) {
            return FormatSpec.formatStr(((PyStr) v).value(), spec);
        }
        if (t == PyInt.TYPE || t == PyFloat.TYPE) {
            return spec.isEmpty() ? Abstract.str(v).value() : t == PyInt.TYPE
                    ? NumberFormat.formatInt((PyInt) v, spec, "int")
                    : NumberFormat.formatFloat(((PyFloat) v).value(), spec, "float");
        }
        PyObject meth = t.lookup("__format__");
        if (meth == null) {
            throw Errors.typeError("Type " + t.name() + " doesn't define __format__");
        }
        PyObject r = Abstract.callBound(meth, v, PyStr.of(spec));
        if (!(r instanceof PyStr rs)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        return rs.value();
    }

    /** The object a field name {@code s[from..to)} stands for: the argument, then its attributes and items. */
    private PyObject lookup(int[] s, int from, int to) {
        int i = from;
        while (i < to && s[i] != '.' && s[i] != '[') {
            i++;
        }
        PyObject v;
        if (i == from) {
            if (manual) {
                throw error("cannot switch from manual field specification to automatic field numbering");
            }
            v = positional(auto++);
        } else {
            long index = digitsValue(s, from, i);
            if (index >= 0) {
                if (auto > 0) {
                    throw error("cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                v = positional(index);
            } else {
                v = keyword(new String(s, from, i - from));
            }
        }
        while (i < to) {
            if (s[i] == '.') {
                int start = ++i;
                while (i < to && s[i] != '.' && s[i] != '[') {
                    i++;
                }
                if (i == start) {
                    throw error("Empty attribute in format string");
                }
                v = Abstract.getAttr(v, PyStr.of(new String(s, start, i - start)));
            } else if (s[i] == '[') {
                int start = ++i;
                while (i < to && s[i] != ']') {
                    i++;
                }
                if (i >= to) {
                    throw error("Missing ']' in format string");
                }
                if (i == start) {
                    throw error("Empty attribute in format string");
                }
                long index = digitsValue(s, start, i);
                v = Abstract.getItem(v, index >= 0 ? PyInt.of(index) : PyStr.of(new String(s, start, i - start)));
                i++;
                if (i < to && s[i] != '.' && s[i] != '[') {
                    throw error("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw error("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    /** The value of an all-digits run, or -1 if it has anything else. */
    private static long digitsValue(int[] s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            if (s[k] < '0' || s[k] > '9') {
                return -1;
            }
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw error("Too many decimal digits in format string");
            }
            v = v * 10 + s[k] - '0';
        }
        return v;
    }

    private PyObject positional(long index) {
        if (args == null) {
            throw error("Format string contains positional fields");
        }
        if (index >= args.length) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[(int) index];
    }

    private PyObject keyword(String name) {
        PyStr key = PyStr.of(name);
        if (kwargs == null) {
            throw Errors.keyError(key);
        }
        if (args != null) { // format(**kwargs): a dict of our own
            PyObject v = ((PyDict) kwargs).getItem(key);
            if (v == null) {
                throw Errors.keyError(key);
            }
            return v;
        }
        return Abstract.getItem(kwargs, key);
    }
}
