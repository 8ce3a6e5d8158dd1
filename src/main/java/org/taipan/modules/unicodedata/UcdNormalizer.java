package org.taipan.modules.unicodedata;

import java.util.HashMap;
import java.util.Map;

/**
 * The four normalization forms (UAX #15) over Unicode 14.0's decompositions and combining
 * classes: full decomposition (canonical, or compatibility too), canonical ordering, and for
 * NFC/NFKC canonical composition of primary composites; Hangul syllables by arithmetic.
 */
final class UcdNormalizer {
    private static final int S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
    private static final int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    private final Ucd ucd;
    /** (first << 21 | second) → the primary composite. */
    private final Map<Long, Integer> compose = new HashMap<>();
    /** Decompositions as code points: canonical ones, and all (compatibility included). */
    private final Map<Integer, int[]> canonical = new HashMap<>(), compat = new HashMap<>();

    private static volatile UcdNormalizer instance;

    static UcdNormalizer get() {
        UcdNormalizer n = instance;
        if (n == null) {
            synchronized (UcdNormalizer.class) {
                if (instance == null) {
                    instance = new UcdNormalizer(Ucd.get());
                }
                n = instance;
            }
        }
        return n;
    }

    private UcdNormalizer(Ucd ucd) {
        this.ucd = ucd;
        for (Map.Entry<Integer, String> e : ucd.decomposition.entrySet()) {
            String text = e.getValue();
            boolean tagged = text.startsWith("<");
            if (tagged) {
                text = text.substring(text.indexOf('>') + 1).strip();
            }
            String[] parts = text.split(" ");
            int[] cps = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                cps[i] = Integer.parseInt(parts[i], 16);
            }
            compat.put(e.getKey(), cps);
            if (!tagged) {
                canonical.put(e.getKey(), cps);
                if (cps.length == 2 && !ucd.excluded.contains(e.getKey())) {
                    compose.put(pair(cps[0], cps[1]), e.getKey());
                }
            }
        }
    }

    private static long pair(int a, int b) {
        return (long) a << 21 | b;
    }

    /** {@code form} is one of NFC, NFD, NFKC, NFKD (already checked). */
    int[] normalize(String form, int[] cps) {
        boolean k = form.charAt(2) == 'K';
        int[] d = decompose(cps, k ? compat : canonical);
        return form.charAt(form.length() - 1) == 'C' ? compose(d) : d;
    }

    private int[] decompose(int[] cps, Map<Integer, int[]> table) {
        IntBuf out = new IntBuf(cps.length + 8);
        for (int cp : cps) {
            expand(cp, table, out);
        }
        // canonical ordering: a stable sort of each run of non-starters by combining class
        int[] a = out.a;
        for (int i = 1; i < out.n; i++) {
            int c = ucd.combining(a[i]);
            if (c == 0) {
                continue;
            }
            int j = i;
            while (j > 0 && ucd.combining(a[j - 1]) > c) {
                int t = a[j - 1];
                a[j - 1] = a[j];
                a[j] = t;
                j--;
            }
        }
        return out.toArray();
    }

    private void expand(int cp, Map<Integer, int[]> table, IntBuf out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            out.add(L_BASE + s / N_COUNT);
            out.add(V_BASE + s % N_COUNT / T_COUNT);
            if (s % T_COUNT != 0) {
                out.add(T_BASE + s % T_COUNT);
            }
            return;
        }
        int[] d = table.get(cp);
        if (d == null) {
            out.add(cp);
            return;
        }
        for (int x : d) {
            expand(x, table, out);
        }
    }

    private int[] compose(int[] a) {
        int n = a.length;
        if (n == 0) {
            return a;
        }
        IntBuf out = new IntBuf(n);
        int starter = -1;        // index in out of the last starter, or -1
        int lastClass = -1;      // class of the last character after that starter; -1: none yet
        for (int cp : a) {
            int cls = ucd.combining(cp);
            // not blocked: right after the starter, or after marks of a lower class only
            if (starter >= 0 && (lastClass == -1 || lastClass < cls)) {
                int composite = composite(out.a[starter], cp);
                if (composite >= 0) {
                    out.a[starter] = composite;
                    continue;
                }
            }
            if (cls == 0) {
                starter = out.n;
                lastClass = -1;
            } else {
                lastClass = cls;
            }
            out.add(cp);
        }
        return out.toArray();
    }

    private int composite(int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
            return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
        }
        if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0
                && second > T_BASE && second < T_BASE + T_COUNT) {
            return first + (second - T_BASE);
        }
        Integer c = compose.get(pair(first, second));
        return c == null ? -1 : c;
    }

    /** A growable int array. */
    private static final class IntBuf {
        int[] a;
        int n;

        IntBuf(int capacity) {
            a = new int[Math.max(capacity, 4)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
