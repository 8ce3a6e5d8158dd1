package org.taipan.objects;

/**
 * SipHash-1-3, the hash CPython 3.11 gives bytes and str, keyed as {@code PYTHONHASHSEED}
 * says: unset or "random" picks a random key per process, "0" a zero key (no randomisation),
 * and a number N the key CPython derives from N with its linear congruential generator.
 */
public final class SipHash {
    private SipHash() {}

    private static long k0, k1;

    static {
        seed(System.getenv("PYTHONHASHSEED"));
    }

    /**
     * Sets the key as PYTHONHASHSEED would (null or "random": a random key); tests use "0". The
     * command line checks the value first (CPython refuses to start with a malformed one).
     */
    public static void seed(String seed) {
        byte[] secret = new byte[24];
        if (seed == null || seed.equals("random")) {
            randomBytes(secret);
        } else {
            long x;
            try {
                x = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                x = 0;
            }
            int v = (int) x;
            for (int i = 0; i < secret.length && x != 0; i++) {
                v = v * 214013 + 2531011;
                secret[i] = (byte) (v >>> 16);
            }
        }
        k0 = le64(secret, 0, 8);
        k1 = le64(secret, 8, 8);
    }

    /**
     * Random bytes from the system, as CPython takes them from getrandom(): read from
     * /dev/urandom, because SecureRandom's start-up (security providers) costs tens of milliseconds.
     */
    private static void randomBytes(byte[] out) {
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(out, 0, out.length) == out.length) {
                return;
            }
        } catch (java.io.IOException e) {
            // No /dev/urandom (not a Unix): fall back below.
        }
        new java.security.SecureRandom().nextBytes(out);
    }

    private static long le64(byte[] b, int off, int n) {
        long r = 0;
        for (int i = n - 1; i >= 0; i--) {
            r = (r << 8) | (b[off + i] & 0xff);
        }
        return r;
    }

    /** {@code hash(b)} of bytes: 0 for empty, -1 mapped to -2. */
    public static long hashBytes(byte[] data, int len) {
        if (len == 0) {
            return 0;
        }
        long h = siphash13(k0, k1, data, len);
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(s)} of a str as CPython computes it: over its compact representation, one,
     * two or four bytes a code point (little-endian) by the largest code point present.
     */
    public static long hashString(String s) {
        int len = s.length();
        int i = 0;
        while (i < len && s.charAt(i) < 0x100) {
            i++;
        }
        if (i == len) {
            return len == 0 ? 0 : finish(latin1(s, len));
        }
        return hashCodePoints(s.codePoints().toArray());
    }

    /** As {@link #hashString}, for a str given as code points (a surrogate pair may be two of them). */
    public static long hashCodePoints(int[] cps) {
        int max = 0;
        for (int cp : cps) {
            max = Math.max(max, cp);
        }
        if (cps.length == 0) {
            return 0;
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] b = new byte[cps.length * width];
        int j = 0;
        for (int cp : cps) {
            for (int k = 0; k < width; k++) {
                b[j++] = (byte) (cp >>> (8 * k));
            }
        }
        return width == 1 ? hashString(new String(cps, 0, cps.length)) : hashBytes(b, b.length);
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    /** {@link #hashString} of a str of at most 16 Latin-1 chars given as two little-endian words, zero past the end. */
    static long hashLatin1(long lo, long hi, int len) {
        if (len == 0) {
            return 0;
        }
        State st = new State(k0, k1);
        long tail = lo;
        if (len >= 8) {
            st.compress(lo);
            tail = hi;
            if (len == 16) {
                st.compress(hi);
                tail = 0;
            }
        }
        return finish(st.finish(((long) len << 56) | tail));
    }

    /** SipHash of a string whose characters all fit in a byte, read straight from the string. */
    private static long latin1(String s, int len) {
        State st = new State(k0, k1);
        int blocks = len & ~7;
        for (int i = 0; i < blocks; i += 8) {
            long w = 0;
            for (int k = 7; k >= 0; k--) {
                w = (w << 8) | s.charAt(i + k);
            }
            st.compress(w);
        }
        long tail = 0;
        for (int k = len - 1; k >= blocks; k--) {
            tail = (tail << 8) | s.charAt(k);
        }
        return st.finish(((long) len << 56) | tail);
    }

    static long siphash13(long k0, long k1, byte[] m, int len) {
        State st = new State(k0, k1);
        int blocks = len & ~7;
        for (int i = 0; i < blocks; i += 8) {
            st.compress(le64(m, i, 8));
        }
        return st.finish(((long) len << 56) | le64(m, blocks, len - blocks));
    }

    /** The four words of SipHash's state; short-lived, so the JIT keeps them in registers. */
    private static final class State {
        long v0, v1, v2, v3;

        State(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void round() {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }

        /** One compression round (SipHash-1-3 has one per word). */
        void compress(long w) {
            v3 ^= w;
            round();
            v0 ^= w;
        }

        /** The last word, then three finalisation rounds. */
        long finish(long t) {
            compress(t);
            v2 ^= 0xff;
            round();
            round();
            round();
            return v0 ^ v1 ^ v2 ^ v3;
        }
    }
}
