package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Every code point's character predicates and case mappings against CPython 3.11's, as
 * gen_unicode.py wrote them to /str/unicode.txt.
 */
class StrUnicodeTest {
    private static final int LIMIT = Integer.getInteger("unicode.limit", 40);
    private static final Map<String, BitSet> PREDICATES = new HashMap<>();
    private static final Map<String, Map<Integer, String>> MAPPINGS = new HashMap<>();

    static {
        String text;
        try (InputStream in = StrUnicodeTest.class.getResourceAsStream("/str/unicode.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            if (f[0].equals("P")) {
                BitSet b = new BitSet(0x110000);
                for (int i = 2; i < f.length; i++) {
                    String[] r = f[i].split("-");
                    int lo = Integer.parseInt(r[0], 16), hi = r.length > 1 ? Integer.parseInt(r[1], 16) : lo;
                    b.set(lo, hi + 1);
                }
                PREDICATES.put(f[1], b);
            } else if (f[0].equals("M")) {
                StringBuilder sb = new StringBuilder();
                for (String cp : f[3].split(",")) {
                    sb.appendCodePoint(Integer.parseInt(cp, 16));
                }
                MAPPINGS.computeIfAbsent(f[1], k -> new HashMap<>()).put(Integer.parseInt(f[2], 16), sb.toString());
            }
        }
    }

    private static void predicate(String name, IntPredicate p) {
        BitSet expected = PREDICATES.get(name);
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            if (p.test(cp) != expected.get(cp)) {
                if (count++ < LIMIT) {
                    bad.add(Integer.toHexString(cp) + (expected.get(cp) ? "+" : "-"));
                }
            }
        }
        assertEquals("", String.join(" ", bad), count + " code points differ for " + name);
    }

    private static void mapping(String name, IntFunction<String> f) {
        Map<Integer, String> expected = MAPPINGS.get(name);
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            String want = expected.getOrDefault(cp, Character.toString(cp));
            String got = f.apply(cp);
            if (!got.equals(want)) {
                if (count++ < LIMIT) {
                    bad.add(Integer.toHexString(cp) + "->" + hex(got) + "(want " + hex(want) + ")");
                }
            }
        }
        assertEquals("", String.join(" ", bad), count + " code points differ for " + name);
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(sb.isEmpty() ? "" : ",").append(Integer.toHexString(c)));
        return sb.toString();
    }

    @Test void isalpha() { predicate("isalpha", StrUnicode::isAlpha); }
    @Test void isdecimal() { predicate("isdecimal", StrUnicode::isDecimal); }
    @Test void isdigit() { predicate("isdigit", StrUnicode::isDigit); }
    @Test void isnumeric() { predicate("isnumeric", StrUnicode::isNumeric); }
    @Test void isspace() { predicate("isspace", StrUnicode::isSpace); }
    @Test void isprintable() { predicate("isprintable", StrUnicode::isPrintable); }
    @Test void islower() { predicate("islower", StrUnicode::isLower); }
    @Test void isupper() { predicate("isupper", StrUnicode::isUpper); }
    @Test void istitle() { predicate("istitle", cp -> StrUnicode.isUpper(cp) || StrUnicode.isTitle(cp)); }
    @Test void identifierStart() { predicate("idstart", StrUnicode::isIdStart); }
    @Test void identifierContinue() { predicate("idcontinue", StrUnicode::isIdContinue); }
    @Test void upper() { mapping("upper", StrUnicode::upper); }
    @Test void lower() { mapping("lower", StrUnicode::lower); }
    @Test void title() { mapping("title", StrUnicode::title); }
    @Test void casefold() { mapping("casefold", StrUnicode::casefold); }
}
