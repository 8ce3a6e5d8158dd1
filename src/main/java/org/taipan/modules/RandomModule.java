package org.taipan.modules;

import org.taipan.objects.Errors;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyRandom;
import org.taipan.objects.Seq;

/**
 * {@code _random}: the generator ({@code Random}), plus the two services {@code random.py}
 * needs without {@code hashlib} and {@code os}: SHA-512 (for str and bytes seeds) and the
 * system's random bytes (for {@code SystemRandom}).
 */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_random", new PyDict());
        m.builtin = true;
        m.set("Random", PyRandom.TYPE);
        m.def("_sha512", (self, data) -> {
            if (!(data instanceof PyBytes b)) {
                throw Errors.typeError("_sha512() argument must be bytes");
            }
            try {
                return new PyBytes(java.security.MessageDigest.getInstance("SHA-512").digest(b.toByteArray()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw Errors.of(org.taipan.objects.ExceptionTypes.RUNTIME_ERROR, "SHA-512 is not available");
            }
        });
        m.def("_urandom", (self, n) -> {
            long k = Seq.asSsize(n);
            if (k < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            return new PyBytes(PyRandom.urandom(Math.toIntExact(k)));
        });
        return m;
    }
}
