package org.taipan.modules.unicodedata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.TextAccess;

/**
 * {@code unicodedata}: the character properties of Unicode 14.0 (as Python 3.11 has them) from
 * {@link Ucd}, names from Java's database limited to what 14.0 assigned, and normalization
 * by {@link UcdNormalizer}.
 */
public final class UnicodeDataModule {
    private UnicodeDataModule() {}

    private static final ArgParser NAME = ArgParser.unpack("name", 1, 2);
    private static final ArgParser DECIMAL = ArgParser.unpack("decimal", 1, 2);
    private static final ArgParser DIGIT = ArgParser.unpack("digit", 1, 2);
    private static final ArgParser NUMERIC = ArgParser.unpack("numeric", 1, 2);
    private static final ArgParser NORMALIZE = ArgParser.unpack("normalize", 2, 2);
    private static final ArgParser IS_NORMALIZED = ArgParser.unpack("is_normalized", 2, 2);

    public static PyModule create() {
        PyModule m = new PyModule("unicodedata", new PyDict());
        m.builtin = true;
        m.set("unidata_version", PyStr.of(Ucd.VERSION));
        m.def("lookup", (self, name) -> lookup(name));
        m.def("name", (self, args, start, kw) -> {
            PyObject[] a = NAME.bind(args, start, kw);
            String n = name(character("name() argument 1", a[0]));
            if (n == null) {
                return orRaise(a[1], "no such name");
            }
            return PyStr.of(n);
        });
        m.def("category", (self, c) -> PyStr.of(Ucd.get().property("category", character("category() argument", c))));
        m.def("bidirectional", (self, c) ->
                PyStr.of(Ucd.get().property("bidirectional", character("bidirectional() argument", c))));
        m.def("combining", (self, c) -> PyInt.of(Ucd.get().combining(character("combining() argument", c))));
        m.def("east_asian_width", (self, c) ->
                PyStr.of(Ucd.get().property("east_asian_width", character("east_asian_width() argument", c))));
        m.def("mirrored", (self, c) -> PyInt.of(Integer.parseInt(
                Ucd.get().property("mirrored", character("mirrored() argument", c)))));
        m.def("decomposition", (self, c) -> {
            String d = Ucd.get().decomposition.get(character("decomposition() argument", c));
            return PyStr.of(d == null ? "" : d);
        });
        m.def("decimal", (self, args, start, kw) -> {
            PyObject[] a = DECIMAL.bind(args, start, kw);
            Ucd.Numeric n = Ucd.get().numeric.get(character("decimal() argument 1", a[0]));
            return n == null || n.decimal() < 0 ? orRaise(a[1], "not a decimal") : PyInt.of(n.decimal());
        });
        m.def("digit", (self, args, start, kw) -> {
            PyObject[] a = DIGIT.bind(args, start, kw);
            Ucd.Numeric n = Ucd.get().numeric.get(character("digit() argument 1", a[0]));
            return n == null || n.digit() < 0 ? orRaise(a[1], "not a digit") : PyInt.of(n.digit());
        });
        m.def("numeric", (self, args, start, kw) -> {
            PyObject[] a = NUMERIC.bind(args, start, kw);
            Ucd.Numeric n = Ucd.get().numeric.get(character("numeric() argument 1", a[0]));
            return n == null ? orRaise(a[1], "not a numeric character") : PyFloat.of(n.value());
        });
        m.def("normalize", (self, args, start, kw) -> {
            PyObject[] a = NORMALIZE.bind(args, start, kw);
            String form = form("normalize", a[0]);
            PyStr s = text("normalize", a[1]);
            return PyStr.ofCodePoints(UcdNormalizer.get().normalize(form, TextAccess.codePoints(s)));
        });
        m.def("is_normalized", (self, args, start, kw) -> {
            PyObject[] a = IS_NORMALIZED.bind(args, start, kw);
            String form = form("is_normalized", a[0]);
            int[] cps = TextAccess.codePoints(text("is_normalized", a[1]));
            return PyBool.of(java.util.Arrays.equals(cps, UcdNormalizer.get().normalize(form, cps)));
        });
        return m;
    }

    private static PyObject orRaise(PyObject dflt, String message) {
        if (dflt == null) {
            throw Errors.valueError(message);
        }
        return dflt;
    }

    /** The code point of a str of length one; {@code what} starts the TypeError otherwise. */
    private static int character(String what, PyObject o) {
        if (o instanceof PyStr s) {
            int[] cps = TextAccess.codePoints(s);
            if (cps.length == 1) {
                return cps[0];
            }
        }
        throw Errors.typeError(what + " must be a unicode character, not " + Errors.argTypeName(o));
    }

    private static PyStr text(String function, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError(function + "() argument 2 must be str, not " + Errors.argTypeName(o));
    }

    private static String form(String function, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(function + "() argument 1 must be str, not " + Errors.argTypeName(o));
        }
        String f = s.value();
        return switch (f) {
            case "NFC", "NFD", "NFKC", "NFKD" -> f;
            default -> throw Errors.valueError("invalid normalization form");
        };
    }

    /**
     * The name of {@code cp} in Unicode 14.0: Java's, except for code points 14.0 left unassigned
     * and for the block-and-number names Java makes up for unnamed ideographs (Tangut), which
     * Python 3.11 does not name.
     */
    static String name(int cp) {
        String n = TextAccess.name(cp);
        if (n == null || Ucd.get().property("category", cp).equals("Cn")
                || n.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
            return null;
        }
        return n;
    }

    private static volatile java.util.Map<String, Integer> hangul;

    /** A Hangul syllable by its name (upper case only, as in CPython). */
    private static int hangulSyllable(String name) {
        java.util.Map<String, Integer> h = hangul;
        if (h == null) {
            h = new java.util.HashMap<>();
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                h.put(TextAccess.name(cp), cp);
            }
            hangul = h;
        }
        return h.getOrDefault(name, -1);
    }

    /** {@code lookup(name)}: a name, alias or named sequence, letters in either case. */
    private static PyObject lookup(PyObject arg) {
        String name;
        if (arg instanceof PyStr s) {
            name = s.value();
        } else if (arg instanceof PyBytes b) {
            name = new String(b.toByteArray(), StandardCharsets.UTF_8);
        } else if (TextAccess.bytesOrNull(arg) != null) {
            throw Errors.typeError("lookup() argument must be read-only bytes-like object, not "
                    + Errors.argTypeName(arg));
        } else {
            throw Errors.typeError("a bytes-like object is required, not '" + Errors.argTypeName(arg) + "'");
        }
        int nul = name.indexOf('\0');
        String shown = nul >= 0 ? name.substring(0, nul) : name;
        if (name.length() > 256) {
            throw Errors.of(ExceptionTypes.KEY_ERROR, "name too long");
        }
        int cp = codeOf(nul >= 0 ? "" : name);
        if (cp >= 0) {
            return PyStr.ofCodePoint(cp);
        }
        int[] extra = nul >= 0 ? null : Ucd.get().extraNames.get(name.toUpperCase(Locale.ROOT));
        if (extra != null) {
            return PyStr.ofCodePoints(extra);
        }
        throw Errors.of(ExceptionTypes.KEY_ERROR, "undefined character name '" + shown + "'");
    }

    /** The code point whose name is {@code name}, or -1. */
    private static int codeOf(String name) {
        if (name.isEmpty() || !name.equals(name.strip())) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (name.startsWith(prefix)) {
                // the hexadecimal part must be upper case, as CPython's lookup wants it
                String hex = name.substring(prefix.length());
                if (hex.length() < 4 || hex.length() > 5 || !hex.equals(hex.toUpperCase(Locale.ROOT))) {
                    return -1;
                }
                try {
                    int cp = Integer.parseInt(hex, 16);
                    return name.equals(TextAccess.name(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            return hangulSyllable(name);
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return upper.equals(name(cp)) ? cp : -1;
    }
}
