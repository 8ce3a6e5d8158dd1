package org.taipan.objects;

import java.math.BigInteger;

/**
 * {@code _random.Random}: the Mersenne Twister MT19937 with CPython's seeding (init_by_array
 * over the 32-bit words of the seed's absolute value), 53-bit floats from two outputs, and
 * {@code getrandbits} filling words from the least significant end, so that a seeded generator
 * gives CPython's sequences. Subclassed by {@code random.Random} (in Python).
 */
public class PyRandom extends PyObject {
    private static final int N = 624, M = 397;

    public static final PyType TYPE = PyType.builtin("_random.Random", PyRandom.class, PyType.OBJECT,
            PyType.BASETYPE, t -> {
                t.tpNew = (type, args, kw) -> {
                    if (type == PyRandom.TYPE && kw != null && kw.length > 0) {
                        throw Errors.typeError("Random() takes no keyword arguments");
                    }
                    if (type == PyRandom.TYPE && args.length > 1) {
                        throw Errors.typeError("Random() expected at most 1 argument, got " + args.length);
                    }
                    PyRandom r = type == PyRandom.TYPE ? new PyRandom() : new Derived.Random(type);
                    // Subclasses seed again in __init__: an int argument now saves reading /dev/urandom.
                    boolean useArg = args.length == 1 && (type == PyRandom.TYPE || args[0] instanceof PyInt);
                    r.seed(useArg ? args[0] : PyNone.INSTANCE);
                    return r;
                };
            }, t -> {
                t.method("random", self -> PyFloat.of(((PyRandom) self).nextDouble()));
                t.method("seed", (self, args, start, kw) -> {
                    PyObject[] a = ArgParser.unpack("seed", 0, 1).bind(args, start, kw);
                    ((PyRandom) self).seed(a[0] == null ? PyNone.INSTANCE : a[0]);
                    return PyNone.INSTANCE;
                });
                t.method("getrandbits", (self, k) -> ((PyRandom) self).getrandbits(Seq.asSsize(k)));
                t.method("getstate", self -> ((PyRandom) self).getState());
                t.method("setstate", (self, s) -> {
                    ((PyRandom) self).setState(s);
                    return PyNone.INSTANCE;
                });
            });

    private final int[] mt = new int[N];
    private int index = N + 1;

    public PyRandom() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    private void seed(PyObject arg) {
        BigInteger n;
        if (arg == PyNone.INSTANCE) {
            byte[] b = urandom(N * 4);
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | (b[4 * i + 3] & 0xff) << 24;
            }
            initByArray(key);
            return;
        }
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            n = BigInteger.valueOf(Abstract.hash(arg)).abs();
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    /** Bytes from the operating system's random source (the seed of {@code seed(None)}). */
    public static byte[] urandom(int n) {
        byte[] b = new byte[n];
        try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
            int off = 0;
            while (off < n) {
                int r = in.read(b, off, n - off);
                if (r < 0) {
                    break;
                }
                off += r;
            }
            if (off == n) {
                return b;
            }
        } catch (java.io.IOException e) {
            // fall back below
        }
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private static int twist(int u, int v, int m) {
        int y = (u & 0x80000000) | (v & 0x7fffffff);
        return m ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
    }

    /** The next 32-bit output (as an int holding the unsigned bits). */
    public final int next32() {
        if (index >= N) {
            int kk = 0;
            for (; kk < N - M; kk++) {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
            }
            for (; kk < N - 1; kk++) {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + (M - N)]);
            }
            mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A float in [0, 1) with 53 random bits, from two outputs. */
    public final double nextDouble() {
        long a = (next32() >>> 5) & 0xffffffffL, b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private PyInt getrandbits(long k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of((next32() & 0xffffffffL) >>> (32 - k));
        }
        if (k <= 63) {
            long lo = next32() & 0xffffffffL;
            long hi = (next32() & 0xffffffffL) >>> (64 - k);
            return PyInt.of(hi << 32 | lo);
        }
        if (k > Integer.MAX_VALUE - 64) {
            throw Errors.overflowError("getrandbits() bit count too large");
        }
        int words = (int) ((k + 31) / 32);
        byte[] be = new byte[words * 4];  // big-endian, for BigInteger
        long left = k;
        for (int w = 0; w < words; w++, left -= 32) {
            int r = next32();
            if (left < 32) {
                r >>>= 32 - left;
            }
            int off = be.length - 4 * (w + 1);
            be[off] = (byte) (r >>> 24);
            be[off + 1] = (byte) (r >>> 16);
            be[off + 2] = (byte) (r >>> 8);
            be[off + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(1, be));
    }

    private PyObject getState() {
        PyObject[] s = new PyObject[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = PyInt.of(mt[i] & 0xffffffffL);
        }
        s[N] = PyInt.of(index);
        return PyTuple.wrap(s);
    }

    private void setState(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.size() != N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] next = new int[N];
        for (int i = 0; i < N; i++) {
            PyInt v = Seq.index(t.get(i));
            if (v.signum() < 0 || v.bitLength() > 32) {
                throw Errors.overflowError("Python int too large to convert to C unsigned long");
            }
            next[i] = (int) v.longValue();
        }
        long ix = Seq.asSsize(t.get(N));
        if (ix < 0 || ix > N) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(next, 0, mt, 0, N);
        index = (int) ix;
    }
}
