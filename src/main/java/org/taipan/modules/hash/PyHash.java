package org.taipan.modules.hash;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Ids;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * A hash object: {@code _hashlib.HASH} (fixed-size digests), {@code _hashlib.HASHXOF} (SHAKE,
 * whose digest methods take a length) and {@code _blake2.blake2b}/{@code blake2s}, all over a
 * {@link Digest}.
 */
final class PyHash extends PyObject {
    private static final ArgParser XOF_DIGEST = ArgParser.clinic("digest", "length");
    private static final ArgParser XOF_HEXDIGEST = ArgParser.clinic("hexdigest", "length");

    static final PyType HASH = PyType.builtin("_hashlib.HASH", PyHash.class, PyType.OBJECT, 0,
            t -> t.repr = self -> PyStr.of("<" + ((PyHash) self).name + " _hashlib.HASH object @ " + Ids.address(self) + ">"),
            t -> common(t, false));
    static final PyType HASHXOF = PyType.builtin("_hashlib.HASHXOF", PyHash.class, HASH, 0,
            t -> t.repr = self -> PyStr.of("<" + ((PyHash) self).name + " _hashlib.HASHXOF object @ " + Ids.address(self) + ">"),
            t -> common(t, true));
    static final PyType BLAKE2B = blake2Type("blake2b", true);
    static final PyType BLAKE2S = blake2Type("blake2s", false);

    private final PyType type;
    final String name;
    final Digest digest;

    PyHash(PyType type, String name, Digest digest) {
        this.type = type;
        this.name = name;
        this.digest = digest;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyType blake2Type(String name, boolean big) {
        return PyType.builtin("_blake2." + name, PyHash.class, PyType.OBJECT, 0,
                t -> t.tpNew = (type, args, kw) -> Blake2Args.make(type, name, big, args, kw),
                t -> {
                    common(t, false);
                    t.dict().setItem(PyStr.of("SALT_SIZE"), PyInt.of(big ? 16 : 8));
                    t.dict().setItem(PyStr.of("PERSON_SIZE"), PyInt.of(big ? 16 : 8));
                    t.dict().setItem(PyStr.of("MAX_KEY_SIZE"), PyInt.of(big ? 64 : 32));
                    t.dict().setItem(PyStr.of("MAX_DIGEST_SIZE"), PyInt.of(big ? 64 : 32));
                });
    }

    private static void common(PyType t, boolean xof) {
        t.method("update", (self, data) -> {
            ((PyHash) self).update(data);
            return PyNone.INSTANCE;
        });
        if (xof) {
            t.method("digest", (self, args, start, kw) ->
                    new PyBytes(((PyHash) self).xof(XOF_DIGEST.bind(args, start, kw)[0])));
            t.method("hexdigest", (self, args, start, kw) ->
                    PyStr.of(hex(((PyHash) self).xof(XOF_HEXDIGEST.bind(args, start, kw)[0]))));
        } else {
            t.method("digest", self -> new PyBytes(((PyHash) self).digest.digest(0)));
            t.method("hexdigest", self -> PyStr.of(hex(((PyHash) self).digest.digest(0))));
        }
        t.method("copy", self -> {
            PyHash h = (PyHash) self;
            return new PyHash(h.type, h.name, h.digest.copy());
        });
        PyGetSetDescr.getter(t, "name", self -> PyStr.of(((PyHash) self).name));
        PyGetSetDescr.getter(t, "digest_size", self -> PyInt.of(((PyHash) self).digest.digestSize()));
        PyGetSetDescr.getter(t, "block_size", self -> PyInt.of(((PyHash) self).digest.blockSize()));
    }

    void update(PyObject data) {
        byte[] b = buffer(data);
        digest.update(b, 0, b.length);
    }

    private byte[] xof(PyObject length) {
        long n = Seq.asSsize(length);
        if (n < 0) {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, "Negative size passed to PyBytes_FromStringAndSize");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return digest.digest((int) n);
    }

    /** The bytes a hash consumes, with CPython's refusals of str and of non-buffers. */
    static byte[] buffer(PyObject data) {
        if (data instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = TextAccess.bytesOrNull(data);
        if (b == null) {
            throw Errors.typeError("object supporting the buffer API required");
        }
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return s.toString();
    }
}
