package org.taipan.modules.hash;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * {@code _hashlib} (the message digests, PBKDF2, {@code compare_digest}) and {@code _blake2}:
 * the Java halves of {@code hashlib} and {@code hmac}. Digests come from the JDK's
 * {@code MessageDigest} where it has them; SHAKE and BLAKE2 are Taipan's own ({@link Keccak},
 * {@link Blake2}).
 */
public final class HashModule {
    private HashModule() {}

    /** Each algorithm by its Python name, as a maker of fresh digests. */
    private static final Map<String, Supplier<Digest>> ALGORITHMS = new LinkedHashMap<>();

    static {
        jdk("md5", "MD5", 64);
        jdk("sha1", "SHA-1", 64);
        jdk("sha224", "SHA-224", 64);
        jdk("sha256", "SHA-256", 64);
        jdk("sha384", "SHA-384", 128);
        jdk("sha512", "SHA-512", 128);
        jdk("sha512_224", "SHA-512/224", 128);
        jdk("sha512_256", "SHA-512/256", 128);
        jdk("sha3_224", "SHA3-224", 144);
        jdk("sha3_256", "SHA3-256", 136);
        jdk("sha3_384", "SHA3-384", 104);
        jdk("sha3_512", "SHA3-512", 72);
        ALGORITHMS.put("shake_128", () -> new Keccak(168));
        ALGORITHMS.put("shake_256", () -> new Keccak(136));
    }

    private static void jdk(String name, String algorithm, int blockSize) {
        try {
            java.security.MessageDigest.getInstance(algorithm);
        } catch (java.security.NoSuchAlgorithmException e) {
            return; // not in this JDK: not available
        }
        ALGORITHMS.put(name, () -> {
            try {
                return new Digest.Jdk(java.security.MessageDigest.getInstance(algorithm), blockSize);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static final ArgParser NEW = ArgParser.clinic("new", "name, string=b'', *, usedforsecurity=True");
    private static final ArgParser PBKDF2 = ArgParser.clinic("pbkdf2_hmac",
            "hash_name, password, salt, iterations, dklen=None");
    private static final ArgParser COMPARE = ArgParser.clinic("compare_digest", "a, b, /");
    private static final ArgParser HMAC = ArgParser.clinic("hmac_digest", "key, msg, digest");

    private static PyType unsupported;

    private static synchronized PyType unsupportedError() {
        if (unsupported == null) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("_hashlib"));
            unsupported = (PyType) Abstract.call(PyType.TYPE, new PyObject[] {PyStr.of("UnsupportedDigestmodError"),
                PyTuple.of(ExceptionTypes.VALUE_ERROR), ns}, null);
        }
        return unsupported;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib", new PyDict());
        m.builtin = true;
        m.set("HASH", PyHash.HASH);
        m.set("HASHXOF", PyHash.HASHXOF);
        m.set("UnsupportedDigestmodError", unsupportedError());
        PyObject[] names = new PyObject[ALGORITHMS.size()];
        int i = 0;
        for (String name : ALGORITHMS.keySet()) {
            names[i++] = PyStr.of(name);
            ArgParser p = ArgParser.clinic("openssl_" + name, "string=b'', *, usedforsecurity=True");
            m.def("openssl_" + name, (self, args, start, kw) -> make(name, p.bind(args, start, kw)[0]));
        }
        m.set("openssl_md_meth_names", PyFrozenSet.of(names));
        m.def("new", (self, args, start, kw) -> {
            PyObject[] a = NEW.bind(args, start, kw);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("new() argument 'name' must be str, not " + a[0].type().name());
            }
            String name = canonical(s.toString());
            if (name == null) {
                throw Errors.of(unsupportedError(), "unsupported hash type " + s);
            }
            return make(name, a[1]);
        });
        m.def("pbkdf2_hmac", (self, args, start, kw) -> pbkdf2(PBKDF2.bind(args, start, kw)));
        m.def("hmac_digest", (self, args, start, kw) -> {
            PyObject[] a = HMAC.bind(args, start, kw);
            Hmac h = new Hmac(digestNamed(a[2]), bytes(a[0]));
            byte[] msg = bytes(a[1]);
            return new PyBytes(h.mac(msg));
        });
        m.def("compare_digest", (self, args, start, kw) -> {
            PyObject[] a = COMPARE.bind(args, start, kw);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        return m;
    }

    public static PyModule createBlake2() {
        PyModule m = new PyModule("_blake2", new PyDict());
        m.builtin = true;
        m.set("blake2b", PyHash.BLAKE2B);
        m.set("blake2s", PyHash.BLAKE2S);
        return m;
    }

    /** The algorithm a user's name means (OpenSSL takes any case and the dashed spellings), or null. */
    private static String canonical(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (ALGORITHMS.containsKey(n)) {
            return n;
        }
        n = n.replace("sha-", "sha").replace("sha3-", "sha3_").replace("shake-", "shake_")
                .replace("sha512-", "sha512_");
        return ALGORITHMS.containsKey(n) ? n : null;
    }

    private static PyObject make(String name, PyObject data) {
        Digest d = ALGORITHMS.get(name).get();
        PyHash h = new PyHash(d.digestSize() == 0 ? PyHash.HASHXOF : PyHash.HASH, name, d);
        if (data != null) {
            h.update(data);
        }
        return h;
    }

    /** A fresh digest for PBKDF2 or HMAC: a name of ours, or BLAKE2 with its default parameters. */
    private static Digest digestNamed(PyObject nameObj) {
        if (!(nameObj instanceof PyStr s)) {
            throw Errors.typeError("argument 'digest' must be str, not " + nameObj.type().name());
        }
        String name = canonical(s.toString());
        if (name != null && !name.startsWith("shake")) {
            return ALGORITHMS.get(name).get();
        }
        String n = s.toString().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("blake2b") || n.equals("blake2s")) {
            boolean big = n.equals("blake2b");
            int size = big ? 64 : 32;
            return new Blake2(big, new Blake2.Params(size, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false));
        }
        throw Errors.of(unsupportedError(), "[digital envelope routines] unsupported");
    }

    private static byte[] bytes(PyObject o) {
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    private static PyObject pbkdf2(PyObject[] a) {
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + a[0].type().name());
        }
        byte[] password = bytes(a[1]);
        byte[] salt = bytes(a[2]);
        long iterations = Seq.index(a[3]).bigValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        if (iterations < 1) {
            throw Errors.valueError("iteration value must be greater than 0.");
        }
        if (iterations > Integer.MAX_VALUE) {
            throw Errors.overflowError("iteration value is too great.");
        }
        Hmac prf = new Hmac(digestNamed(a[0]), password);
        long dklen = a[4] == null || a[4] == PyNone.INSTANCE ? prf.size : Seq.index(a[4]).bigValue()
                .min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        if (dklen < 1) {
            throw Errors.valueError("key length must be greater than 0.");
        }
        if (dklen > Integer.MAX_VALUE) {
            throw Errors.overflowError("key length is too great.");
        }
        byte[] out = new byte[(int) dklen];
        byte[] block = new byte[salt.length + 4];
        System.arraycopy(salt, 0, block, 0, salt.length);
        for (int done = 0, index = 1; done < out.length; index++) {
            block[salt.length] = (byte) (index >>> 24);
            block[salt.length + 1] = (byte) (index >>> 16);
            block[salt.length + 2] = (byte) (index >>> 8);
            block[salt.length + 3] = (byte) index;
            byte[] u = prf.mac(block);
            byte[] t = u.clone();
            for (long k = 1; k < iterations; k++) {
                u = prf.mac(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            int n = Math.min(t.length, out.length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return new PyBytes(out);
    }

    /** HMAC (RFC 2104) with the keyed inner and outer states prepared once. */
    private static final class Hmac {
        final Digest inner, outer;
        final int size;

        Hmac(Digest d, byte[] key) {
            int block = d.blockSize();
            if (key.length > block) {
                Digest k = d.copy();
                k.update(key, 0, key.length);
                key = k.digest(0);
            }
            byte[] ipad = new byte[block], opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            inner = d.copy();
            inner.update(ipad, 0, block);
            outer = d;
            outer.update(opad, 0, block);
            size = d.digestSize();
        }

        byte[] mac(byte[] msg) {
            Digest i = inner.copy();
            i.update(msg, 0, msg.length);
            byte[] h = i.digest(0);
            Digest o = outer.copy();
            o.update(h, 0, h.length);
            return o.digest(0);
        }
    }

    /** A comparison whose time depends on the length of {@code b} only, as CPython's. */
    private static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            x = ascii(sa);
            y = ascii(sb);
        } else {
            x = TextAccess.bytesOrNull(a);
            y = TextAccess.bytesOrNull(b);
            if (x == null && y == null) {
                throw Errors.typeError("unsupported operand types(s) or combination of types: '" + a.type().name()
                        + "' and '" + b.type().name() + "'");
            }
            x = bytes(a);
            y = bytes(b);
        }
        int result = x.length == y.length ? 0 : 1;
        byte[] left = x.length == y.length ? x : y;
        for (int i = 0; i < y.length; i++) {
            result |= left[i] ^ y[i];
        }
        return result == 0;
    }

    private static byte[] ascii(PyStr s) {
        String t = s.toString();
        byte[] out = new byte[t.length()];
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > 127) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            out[i] = (byte) c;
        }
        return out;
    }
}
