package org.taipan.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Unicode 14.0 character properties Python 3.11 reports, read once from the table that
 * tools/gen/unicode_data.py generated with CPython (Java's own database is a later version).
 * Properties that change over ranges are run tables searched by binary search.
 */
final class Ucd {
    static final String VERSION = "14.0.0";
    private static volatile Ucd instance;

    /** One property as runs: {@code values[i]} holds from {@code starts[i]} to the next start. */
    record Runs(int[] starts, String[] values) {
        String at(int cp) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= cp) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return values[lo];
        }
    }

    /** decimal, digit (-1 for none) and numeric value of a code point that has one. */
    record Numeric(int decimal, int digit, double value) {}

    final Map<String, Runs> runs = new HashMap<>();
    final Map<Integer, String> decomposition = new HashMap<>();
    final Map<Integer, Numeric> numeric = new HashMap<>();
    final java.util.Set<Integer> excluded = new java.util.HashSet<>();
    /** Upper-case alias or named sequence → its code points. */
    final Map<String, int[]> extraNames = new HashMap<>();
    private int[] combiningStarts;
    private byte[] combiningValues;

    static Ucd get() {
        Ucd u = instance;
        if (u == null) {
            synchronized (Ucd.class) {
                u = instance;
                if (u == null) {
                    u = instance = load();
                }
            }
        }
        return u;
    }

    private static Ucd load() {
        String resource = "org/taipan/modules/unicodedata/ucd-" + VERSION + ".txt";
        try (InputStream in = Ucd.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Ucd u = new Ucd();
            u.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return u;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader r) throws IOException {
        String section = "";
        List<Integer> starts = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@")) {
                finishRuns(section, starts, values);
                section = line.substring(1);
                continue;
            }
            switch (section) {
                case "decomposition" -> {
                    int sp = line.indexOf(' ');
                    decomposition.put(Integer.parseInt(line, 0, sp, 16), line.substring(sp + 1));
                }
                case "numeric" -> {
                    String[] f = line.split(" ");
                    numeric.put(Integer.parseInt(f[0], 16), new Numeric(f[1].equals("-") ? -1 : Integer.parseInt(f[1]),
                            f[2].equals("-") ? -1 : Integer.parseInt(f[2]), Double.parseDouble(f[3])));
                }
                case "excluded" -> excluded.add(Integer.parseInt(line, 16));
                case "aliases" -> {
                    int sp = line.indexOf(' ');
                    extraNames.put(line.substring(sp + 1), new int[] {Integer.parseInt(line, 0, sp, 16)});
                }
                case "sequences" -> {
                    int semi = line.indexOf(';');
                    String[] cps = line.substring(0, semi).split(" ");
                    int[] seq = new int[cps.length];
                    for (int i = 0; i < cps.length; i++) {
                        seq[i] = Integer.parseInt(cps[i], 16);
                    }
                    extraNames.put(line.substring(semi + 1), seq);
                }
                default -> {
                    int sp = line.indexOf(' ');
                    starts.add(Integer.parseInt(line, 0, sp, 16));
                    String v = line.substring(sp + 1);
                    values.add(v.equals("-") ? "" : v.intern());
                }
            }
        }
        finishRuns(section, starts, values);
        Runs c = runs.get("combining");
        combiningStarts = c.starts();
        combiningValues = new byte[c.values().length];
        for (int i = 0; i < combiningValues.length; i++) {
            combiningValues[i] = (byte) Integer.parseInt(c.values()[i]);
        }
    }

    private void finishRuns(String section, List<Integer> starts, List<String> values) {
        if (!starts.isEmpty()) {
            runs.put(section, new Runs(starts.stream().mapToInt(Integer::intValue).toArray(), values.toArray(new String[0])));
            starts.clear();
            values.clear();
        }
    }

    String property(String name, int cp) {
        return runs.get(name).at(cp);
    }

    /** The canonical combining class, without boxing (normalization asks for every code point). */
    int combining(int cp) {
        int lo = 0, hi = combiningStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (combiningStarts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return combiningValues[lo] & 0xFF;
    }
}
