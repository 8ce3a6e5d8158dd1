package org.taipan.objects;

import java.util.function.Predicate;

/**
 * The named methods of {@code str}, installed in its dict on first use, each with the argument
 * handling (and so the TypeError wording) of CPython 3.11's. Searching and splitting are in
 * {@link StrSearch}, case mapping and the predicates in {@link StrCase}, formatting in
 * {@link FormatSpec}, {@link PercentFormat} and {@link StrFormatter}.
 */
final class StrMethods {
    private StrMethods() {}

    static String str(PyObject self) {
        return ((PyStr) self).value();
    }

    /** The argument of a {@code __format__} method, which must be a str. */
    static String formatSpec(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + Errors.argTypeName(spec));
        }
        return s.value();
    }

    private static final ArgParser ENCODE = ArgParser.clinic("encode", "encoding='utf-8', errors='strict'");
    private static final ArgParser EXPANDTABS = ArgParser.clinic("expandtabs", "tabsize=8");
    private static final ArgParser MAKETRANS = ArgParser.unpack("maketrans", 1, 3);

    static void define(PyType t) {
        t.method("__format__", StrSurrogates.formatting((BuiltinMethod.OneArg) (self, spec) -> {
            String s = formatSpec(spec);
            return s.isEmpty() ? Abstract.str(self) : PyStr.of(FormatSpec.formatStr(str(self), s));
        }));
        t.method("format", StrSurrogates.formatting((BuiltinMethod.General) (self, args, start, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] pos = java.util.Arrays.copyOfRange(args, start, args.length - nkw);
            PyDict kwargs = null;
            if (nkw > 0) {
                kwargs = new PyDict();
                for (int k = 0; k < nkw; k++) {
                    kwargs.setItem(PyStr.of(kw[k]), args[args.length - nkw + k]);
                }
            }
            return PyStr.of(StrFormatter.format(str(self), pos, kwargs));
        }));
        t.method("format_map", StrSurrogates.formatting((BuiltinMethod.OneArg) (self, mapping) ->
                PyStr.of(StrFormatter.formatMap(str(self), mapping))));
        t.method("encode", (self, args, start, kw) -> {
            PyObject[] a = ENCODE.bind(args, start, kw);
            return new PyBytes(StrCodecs.encode((PyStr) self, textArg("encode", a[0], "encoding", "utf-8"),
                    textArg("encode", a[1], "errors", "strict")));
        });

        caseMethod(t, "upper", StrCase::upper, true);
        caseMethod(t, "lower", StrCase::lower, false);
        caseMethod(t, "casefold", StrCase::casefold);
        caseMethod(t, "swapcase", StrCase::swapcase);
        caseMethod(t, "title", StrCase::title);
        caseMethod(t, "capitalize", StrCase::capitalize);
        predicate(t, "isalpha", s -> StrCase.all(s, StrUnicode::isAlpha));
        predicate(t, "isdecimal", s -> StrCase.all(s, StrUnicode::isDecimal));
        predicate(t, "isdigit", s -> StrCase.all(s, StrUnicode::isDigit));
        predicate(t, "isnumeric", s -> StrCase.all(s, StrUnicode::isNumeric));
        predicate(t, "isalnum", s -> StrCase.all(s, StrUnicode::isAlnum));
        predicate(t, "isspace", s -> StrCase.all(s, StrUnicode::isSpace));
        predicate(t, "isprintable", StrCase::isPrintable);
        predicate(t, "isascii", s -> s.chars().allMatch(c -> c < 0x80));
        predicate(t, "islower", StrCase::isLower);
        predicate(t, "isupper", StrCase::isUpper);
        predicate(t, "istitle", StrCase::isTitle);
        predicate(t, "isidentifier", StrCase::isIdentifier);

        t.method("find", 1, 3, StrSearch.FIND, StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.find((PyStr) self, a, b, c, false, false)));
        t.method("rfind", 1, 3, StrSearch.RFIND, StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.find((PyStr) self, a, b, c, true, false)));
        t.method("index", 1, 3, StrSearch.INDEX, StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.find((PyStr) self, a, b, c, false, true)));
        t.method("rindex", 1, 3, StrSearch.RINDEX, StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.find((PyStr) self, a, b, c, true, true)));
        t.method("count", 1, 3, StrSearch.COUNT, StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.count((PyStr) self, a, b, c)));
        t.method("replace", 2, 3, StrSearch.REPLACE, StrSurrogates.gluingFixed((self, a, b, c) -> StrSearch.replace((PyStr) self, a, b, c)));
        t.method("split", StrSurrogates.cutting((BuiltinMethod.General) (self, args, start, kw) -> StrSearch.split((PyStr) self, args, start, kw, false)));
        t.method("rsplit", StrSurrogates.cutting((BuiltinMethod.General) (self, args, start, kw) -> StrSearch.split((PyStr) self, args, start, kw, true)));
        t.method("splitlines", StrSurrogates.cutting((BuiltinMethod.General) (self, args, start, kw) -> StrSearch.splitlines((PyStr) self, args, start, kw)));
        t.method("partition", StrSurrogates.cutting((BuiltinMethod.OneArg) (self, sep) -> StrSearch.partition((PyStr) self, sep, false)));
        t.method("rpartition", StrSurrogates.cutting((BuiltinMethod.OneArg) (self, sep) -> StrSearch.partition((PyStr) self, sep, true)));
        t.method("startswith", 1, 3, StrSearch.STARTSWITH,
                StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.startsOrEnds("startswith", (PyStr) self, a, b, c, false)));
        t.method("endswith", 1, 3, StrSearch.ENDSWITH,
                StrSurrogates.cuttingFixed((self, a, b, c) -> StrSearch.startsOrEnds("endswith", (PyStr) self, a, b, c, true)));
        strip(t, "strip", true, true);
        strip(t, "lstrip", true, false);
        strip(t, "rstrip", false, true);
        t.method("join", StrMethods::join);
        pad(t, "center");
        pad(t, "ljust");
        pad(t, "rjust");
        t.method("zfill", StrSurrogates.cutting((BuiltinMethod.OneArg) (self, width) -> zfill((PyStr) self, Seq.asSsize(width))));
        t.method("expandtabs", StrSurrogates.gluing((BuiltinMethod.General) (self, args, start, kw) -> {
            PyObject[] a = EXPANDTABS.bind(args, start, kw);
            return expandtabs((PyStr) self, a[0] == null ? 8 : cInt(a[0]));
        }));
        t.method("removeprefix", StrSurrogates.cutting((BuiltinMethod.OneArg) (self, p) -> {
            String s = str(self), prefix = affixArg("removeprefix", p);
            return s.startsWith(prefix) && !prefix.isEmpty() ? PyStr.of(s.substring(prefix.length())) : PyStr.exact(self);
        }));
        t.method("removesuffix", StrSurrogates.cutting((BuiltinMethod.OneArg) (self, p) -> {
            String s = str(self), suffix = affixArg("removesuffix", p);
            return s.endsWith(suffix) && !suffix.isEmpty() ? PyStr.of(s.substring(0, s.length() - suffix.length()))
                    : PyStr.exact(self);
        }));
        t.method("translate", (self, table) -> translate((PyStr) self, table));
        BuiltinMethod maketrans = BuiltinMethod.of("maketrans", t, (BuiltinMethod.General) (self, args, start, kw) -> {
            Seq.noKeywords("maketrans", kw);
            PyObject[] a = MAKETRANS.bind(args, start, kw);
            return maketrans(a[0], a[1], a[2]);
        });
        t.dict().setItem(PyStr.of("maketrans"),
                new PyClassMethod(PyClassMethod.STATICMETHOD, PyBuiltinFunction.staticIn(maketrans, t)));
        t.method("__getnewargs__", self -> PyTuple.of(PyStr.of(str(self))));
    }

    /** {@code upper} or {@code lower}, with a path for inline ASCII strs that makes no String. */
    private static void caseMethod(PyType t, String name, java.util.function.UnaryOperator<String> f, boolean upper) {
        t.method(name, StrSurrogates.cutting((BuiltinMethod.NoArgs) self -> {
            PyStr fast = ((PyStr) self).asciiCase(upper);
            return fast != null ? fast : PyStr.of(f.apply(str(self)));
        }));
    }

    private static void caseMethod(PyType t, String name, java.util.function.UnaryOperator<String> f) {
        // a new str even if unchanged, as CPython's
        t.method(name, StrSurrogates.cutting((BuiltinMethod.NoArgs) self -> PyStr.of(f.apply(str(self)))));
    }

    private static void predicate(PyType t, String name, Predicate<String> p) {
        t.method(name, StrSurrogates.cutting((BuiltinMethod.NoArgs) self -> PyBool.of(p.test(str(self)))));
    }

    private static void strip(PyType t, String name, boolean left, boolean right) {
        t.method(name, 0, 1, ArgParser.unpack(name, 0, 1),
                StrSurrogates.cuttingFixed((self, chars, b, c) -> StrSearch.strip(name, (PyStr) self, chars, left, right)));
    }

    /** A C int argument (tabsize): an index, OverflowError beyond the int range. */
    private static int cInt(PyObject v) {
        PyInt i = Seq.index(v);
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static String affixArg(String fn, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument must be str, not " + Errors.argTypeName(v));
        }
        return s.value();
    }

    /** A str argument of a method, or its default when not given. */
    static String textArg(String fn, PyObject v, String name, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument '" + name + "' must be str, not " + Errors.argTypeName(v));
        }
        return s.value();
    }

    /** {@code ascii()} of a repr: every non-ASCII code point as a backslash escape. */
    static String asciiEscape(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            if (cp >= 0x80 && sb == null) {
                sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
            }
            i += Character.charCount(cp);
            if (sb != null) {
                if (cp < 0x80) {
                    sb.append((char) cp);
                } else {
                    sb.append(StrCodecs.backslashed(cp));
                }
            }
        }
        return sb == null ? repr : sb.toString();
    }

    // ---- join

    private static PyObject join(PyObject self, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l && l.type() == PyList.TYPE || iterable instanceof PyTuple) {
            items = Iter.toArray(iterable);
        } else {
            if (iterable.type().iter == null && iterable.type().getitem == null) {
                throw Errors.typeError("can only join an iterable");
            }
            items = Iter.toArray(iterable);
        }
        if (items.length == 1 && items[0].type() == PyStr.TYPE) {
            return items[0];
        }
        String sep = str(self);
        String[] parts = new String[items.length];
        long len = (long) sep.length() * Math.max(0, items.length - 1);
        // whether a lone high and low surrogate meet, or a split pair comes in
        boolean glued = items.length > 1 && ((PyStr) self).isSplit();
        char last = 0;
        boolean anyInline = false, allInline = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name()
                        + " found");
            }
            if (s.inline()) { // Latin-1: no surrogate at either end; appended from its inline chars below
                if (i > 0 && !sep.isEmpty()) {
                    glued |= Character.isHighSurrogate(last) && Character.isLowSurrogate(sep.charAt(0));
                    last = sep.charAt(sep.length() - 1);
                }
                if (s.charLength() > 0) {
                    last = 0;
                }
                len += s.charLength();
                anyInline = true;
                continue;
            }
            allInline = false;
            String p = s.value();
            parts[i] = p;
            len += p.length();
            glued |= s.isSplit();
            if (i > 0 && !sep.isEmpty()) {
                glued |= Character.isHighSurrogate(last) && Character.isLowSurrogate(sep.charAt(0));
                last = sep.charAt(sep.length() - 1);
            }
            if (!p.isEmpty()) {
                glued |= Character.isHighSurrogate(last) && Character.isLowSurrogate(p.charAt(0));
                last = p.charAt(p.length() - 1);
            }
        }
        if (glued) {
            java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
            int[] sepCps = ((PyStr) self).codePoints();
            for (int i = 0; i < items.length; i++) {
                for (int c : i > 0 ? sepCps : new int[0]) {
                    b.add(c);
                }
                for (int c : ((PyStr) items[i]).codePoints()) {
                    b.add(c);
                }
            }
            return PyStr.ofCodePoints(b.build().toArray());
        }
        FormatSpec.size(len);
        if (!anyInline) {
            return PyStr.of(String.join(sep, parts)); // sizes the result once, without a builder's copy
        }
        if (allInline && sep.chars().allMatch(c -> c <= 0xFF)) {
            return PyStr.joinLatin1(sep, items, (int) len);
        }
        StringBuilder sb = new StringBuilder((int) len);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            if (parts[i] != null) {
                sb.append(parts[i]);
            } else {
                ((PyStr) items[i]).appendTo(sb);
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- padding

    private static void pad(PyType t, String name) {
        ArgParser p = ArgParser.unpack(name, 1, 2);
        t.method(name, StrSurrogates.gluing((BuiltinMethod.General) (self, args, start, kw) -> {
            if (kw != null) {
                Seq.noKeywords("str." + name, kw);
            }
            PyObject[] a = p.bind(args, start, kw);
            long width = Seq.asSsize(a[0]);
            int fill = ' ';
            if (a[1] != null) {
                if (!(a[1] instanceof PyStr f)) {
                    throw Errors.typeError("The fill character must be a unicode character, not " + a[1].type().name());
                }
                if (f.length() != 1) {
                    throw Errors.typeError("The fill character must be exactly one character long");
                }
                fill = f.value().codePointAt(0);
            }
            PyStr s = (PyStr) self;
            int len = s.length();
            if (width <= len) {
                return self.type() == PyStr.TYPE ? PyStr.exact(self) : PyStr.of(s.value());
            }
            long marg = width - len;
            long left = switch (name) {
                case "ljust" -> 0;
                case "rjust" -> marg;
                default -> marg / 2 + (marg & width & 1); // CPython's centring puts an odd extra on the left when width is odd
            };
            return PyStr.of(padded(s.value(), left, marg - left, fill));
        }));
    }

    private static String padded(String s, long left, long right, int fill) {
        FormatSpec.size(left + right + s.length());
        StringBuilder sb = new StringBuilder(s.length() + (int) (left + right));
        FormatSpec.repeat(sb, fill, (int) left);
        sb.append(s);
        FormatSpec.repeat(sb, fill, (int) right);
        return sb.toString();
    }

    private static PyObject zfill(PyStr self, long width) {
        String s = self.value();
        int len = self.length();
        if (width <= len) {
            return PyStr.exact(self);
        }
        String r = padded(s, width - len, 0, '0');
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            int k = (int) (width - len);
            r = s.charAt(0) + r.substring(0, k) + r.substring(k + 1);
        }
        return PyStr.of(r);
    }

    private static PyObject expandtabs(PyStr self, int tabsize) {
        String s = self.value();
        if (s.indexOf('\t') < 0) {
            return PyStr.exact(self);
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - column % tabsize;
                    FormatSpec.size(sb.length() + n);
                    FormatSpec.repeat(sb, ' ', (int) n);
                    column += n;
                }
            } else {
                sb.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- translate

    /** By code points throughout, so that lone surrogates in the text or the table stay apart. */
    private static PyObject translate(PyStr self, PyObject table) {
        int[] in = self.codePoints();
        int[] out = new int[in.length];
        int n = 0;
        boolean surrogates = false;
        for (int c : in) {
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.LOOKUP_ERROR)) {
                    r = null;
                } else {
                    throw e;
                }
            }
            if (r == PyNone.INSTANCE) {
                continue;
            }
            int[] add;
            if (r == null) {
                add = new int[] {c};
            } else if (r instanceof PyInt num) {
                if (!num.isLong() || num.longValue() < 0 || num.longValue() > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                add = new int[] {(int) num.longValue()};
            } else if (r instanceof PyStr rs) {
                add = rs.codePoints();
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            if (n + add.length > out.length) {
                out = java.util.Arrays.copyOf(out, FormatSpec.size(Math.max(2L * out.length, (long) n + add.length)));
            }
            for (int a : add) {
                surrogates |= a >= 0xD800 && a <= 0xDFFF;
                out[n++] = a;
            }
        }
        return surrogates ? PyStr.ofCodePoints(java.util.Arrays.copyOf(out, n)) : PyStr.of(new String(out, 0, n));
    }

    private static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict d = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict map)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject key : map.keysArray()) {
                PyObject v = map.getItem(key);
                if (key instanceof PyStr k) {
                    if (k.length() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    d.setItem(PyInt.of(k.value().codePointAt(0)), v);
                } else if (key instanceof PyInt) {
                    d.setItem(key, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(y instanceof PyStr)) {
            throw Errors.typeError("maketrans() argument 2 must be str, not " + Errors.argTypeName(y));
        }
        if (!(x instanceof PyStr)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String from = StrSearch.strArg("maketrans", x, 1), to = StrSearch.strArg("maketrans", y, 2);
        String del = z == null ? "" : StrSearch.strArg("maketrans", z, 3);
        int[] a = from.codePoints().toArray(), b = to.codePoints().toArray();
        if (a.length != b.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < a.length; i++) {
            d.setItem(PyInt.of(a[i]), PyInt.of(b[i]));
        }
        del.codePoints().forEach(c -> d.setItem(PyInt.of(c), PyNone.INSTANCE));
        return d;
    }
}
