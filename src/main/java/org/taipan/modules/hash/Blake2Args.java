package org.taipan.modules.hash;

import java.math.BigInteger;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/** The constructor of {@code blake2b}/{@code blake2s}: keywords checked with CPython's messages. */
final class Blake2Args {
    private Blake2Args() {}

    private static final String SIGNATURE = "data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, "
            + "depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True";
    private static final ArgParser B = ArgParser.clinic("blake2b", SIGNATURE);
    private static final ArgParser S = ArgParser.clinic("blake2s", SIGNATURE);

    static PyObject make(PyType type, String name, boolean big, PyObject[] args, String[] kw) {
        PyObject[] a = (big ? B : S).bind(args, 0, kw);
        int max = big ? 64 : 32, saltMax = big ? 16 : 8;
        int digestSize = a[1] == null ? max : Seq.index(a[1]).intValueExact();
        if (digestSize < 1 || digestSize > max) {
            throw Errors.valueError("digest_size must be between 1 and " + max + " bytes");
        }
        byte[] key = bytes(a[2]), salt = bytes(a[3]), person = bytes(a[4]);
        if (key.length > max) {
            throw Errors.valueError("maximum key length is " + max + " bytes");
        }
        if (salt.length > saltMax) {
            throw Errors.valueError("maximum salt length is " + saltMax + " bytes");
        }
        if (person.length > saltMax) {
            throw Errors.valueError("maximum person length is " + saltMax + " bytes");
        }
        int fanout = small(a[5], 1, 0, "fanout");
        int depth = small(a[6], 1, 1, "depth");
        long leafSize = unsigned(a[7]);
        if (leafSize > 0xffffffffL) {
            throw Errors.overflowError("leaf_size is too large");
        }
        long nodeOffset = unsigned(a[8]);
        if (!big && Long.compareUnsigned(nodeOffset, (1L << 48) - 1) > 0) {
            throw Errors.overflowError("node_offset is too large");
        }
        int nodeDepth = small(a[9], 0, 0, "node_depth");
        int innerSize = a[10] == null ? 0 : Seq.index(a[10]).intValueExact();
        if (innerSize < 0 || innerSize > max) {
            throw Errors.valueError("inner_size must be between 0 and is " + max);
        }
        boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
        PyHash h = new PyHash(type, name, new Blake2(big, new Blake2.Params(digestSize, key, salt, person, fanout, depth,
                leafSize, nodeOffset, nodeDepth, innerSize, lastNode)));
        if (a[0] != null) {
            h.update(a[0]);
        }
        return h;
    }

    private static byte[] bytes(PyObject o) {
        if (o == null) {
            return new byte[0];
        }
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    private static int small(PyObject o, int dflt, int min, String what) {
        int v = o == null ? dflt : Seq.index(o).intValueExact();
        if (v < min || v > 255) {
            throw Errors.valueError(what + " must be between " + min + " and 255");
        }
        return v;
    }

    /** CPython's unsigned long long converter: negatives and values of 64 bits or more refused. */
    private static long unsigned(PyObject o) {
        if (o == null) {
            return 0;
        }
        BigInteger v = Seq.index(o).bigValue();
        if (v.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (v.bitLength() > 64) {
            throw Errors.overflowError("int too big to convert");
        }
        return v.longValue();
    }
}
