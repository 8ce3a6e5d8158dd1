package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the cases of {@code /types/NAME.out} (written by CPython through run_cases.py) with
 * {@link MiniPy} and compares each result with CPython's.
 */
final class Cases {
    private Cases() {}

    private static final Pattern ADDR = Pattern.compile("0x[0-9a-f]{6,}");

    static String result(String source) {
        String text;
        try {
            text = Abstract.repr(MiniPy.run(source)).toString();
        } catch (PyException e) {
            text = e.value.type().name() + ": " + Abstract.str(e.value);
        }
        return ADDR.matcher(text.replace("\\", "\\\\").replace("\n", "\\n")).replaceAll("0x?");
    }

    static List<String[]> load(String name) {
        try (InputStream in = Cases.class.getResourceAsStream("/types/" + name + ".out")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
                }
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks every case of the file, reporting all mismatches at once. */
    static void check(String name) {
        List<String[]> cases = load(name);
        assertTrue(cases.size() > 0, "no cases in " + name);
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            String actual;
            try {
                actual = result(c[0]);
            } catch (RuntimeException e) {
                actual = "Java " + e;
            } catch (StackOverflowError e) {
                actual = "Java StackOverflowError";
            }
            if (!actual.equals(c[1])) {
                failures.add(c[0] + "\n    expected: " + c[1] + "\n    actual:   " + actual);
            }
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " cases differ");
    }
}
