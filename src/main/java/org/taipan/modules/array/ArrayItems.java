package org.taipan.modules.array;

import org.taipan.modules.struct.StructCodec;
import org.taipan.objects.Errors;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.Seq;

/**
 * One array item to and from bytes, for each typecode, with the messages of CPython's
 * argument conversions ("signed char is greater than maximum" …). Items are stored native
 * (little-endian, x86-64 Linux sizes); 'u' is a 4-byte code point (wchar_t on Linux).
 */
final class ArrayItems {
    private ArrayItems() {}

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static int itemSize(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'u', 'f' -> 4;
            default -> 8;
        };
    }

    static PyObject read(char tc, byte[] data, int off) {
        if (tc == 'u') {
            int cp = (int) bits(data, off, 4);
            return PyStr.of(new String(Character.toChars(cp)));
        }
        return StructCodec.unpackItem(tc, itemSize(tc), false, data, off);
    }

    static long bits(byte[] data, int off, int size) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (data[off + i] & 0xffL) << (8 * i);
        }
        return v;
    }

    static void put(byte[] data, int off, int size, long v) {
        for (int i = 0; i < size; i++) {
            data[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Converts {@code v} for typecode {@code tc} and stores it; raises before writing anything. */
    static void write(char tc, byte[] data, int off, PyObject v) {
        switch (tc) {
            case 'u' -> {
                if (!(v instanceof PyStr s) || s.toString().codePointCount(0, s.toString().length()) != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                put(data, off, 4, s.toString().codePointAt(0));
            }
            case 'f' -> put(data, off, 4, Float.floatToRawIntBits((float) toDouble(v)));
            case 'd' -> put(data, off, 8, Double.doubleToRawLongBits(toDouble(v)));
            default -> put(data, off, itemSize(tc), toLong(tc, v));
        }
    }

    private static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (v.type().asFloat == null && !Seq.hasIndex(v)) {
            throw Errors.typeError("must be real number, not " + v.type().name());
        }
        return ((PyFloat) PyFloat.TYPE.tpNew.call(PyFloat.TYPE, new PyObject[] {v}, null)).value();
    }

    private static long toLong(char tc, PyObject v) {
        PyInt i = Seq.index(v);
        switch (tc) {
            case 'I', 'L' -> {
                if (i.signum() < 0) {
                    throw Errors.overflowError("can't convert negative value to unsigned int");
                }
                if (i.bitLength() > 64) {
                    throw Errors.overflowError("Python int too large to convert to C unsigned long");
                }
                long u = i.bigValue().longValue();
                if (tc == 'I' && (u < 0 || u > 0xffffffffL)) {
                    throw Errors.overflowError("unsigned int is greater than maximum");
                }
                return u;
            }
            case 'q' -> {
                if (!i.isLong()) {
                    throw Errors.overflowError("int too big to convert");
                }
                return i.longValue();
            }
            case 'Q' -> {
                if (i.signum() < 0) {
                    throw Errors.overflowError("can't convert negative int to unsigned");
                }
                if (i.bitLength() > 64) {
                    throw Errors.overflowError("int too big to convert");
                }
                return i.bigValue().longValue();
            }
            default -> { }
        }
        if (!i.isLong()) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        long x = i.longValue();
        switch (tc) {
            case 'b' -> {
                range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                range(x, -128, 127, "signed char");
            }
            case 'B' -> range(x, 0, 255, "unsigned byte integer");
            case 'h' -> range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case 'H' -> {
                range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                range(x, 0, 65535, "unsigned short");
            }
            case 'i' -> range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            default -> { }
        }
        return x;
    }

    private static void range(long x, long min, long max, String what) {
        if (x < min) {
            throw Errors.overflowError(what + " is less than minimum");
        }
        if (x > max) {
            throw Errors.overflowError(what + " is greater than maximum");
        }
    }
}
