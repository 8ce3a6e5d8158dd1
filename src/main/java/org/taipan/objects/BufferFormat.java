package org.taipan.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The native single-character struct formats a memoryview can hold ({@code B}, {@code i},
 * {@code d} …), with the sizes and byte order of CPython on a 64-bit little-endian machine,
 * and the conversions between their bytes and Python values.
 */
final class BufferFormat {
    private BufferFormat() {}

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final java.math.BigInteger TWO_64 = java.math.BigInteger.ONE.shiftLeft(64);

    /** The item size of a format ("B", "@i" …), or -1 if memoryview does not support it. */
    static int itemSize(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return -1;
        }
        return switch (f.charAt(0)) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    /** The format without its optional '@'. */
    static char code(String format) {
        return format.charAt(format.length() - 1);
    }

    static boolean isByteFormat(String format) {
        char c = code(format);
        return c == 'B' || c == 'b' || c == 'c';
    }

    static PyObject unpack(char f, byte[] a, int off) {
        return switch (f) {
            case 'c' -> new PyBytes(new byte[] {a[off]});
            case 'b' -> PyInt.of(a[off]);
            case 'B' -> PyInt.of(a[off] & 0xff);
            case '?' -> PyBool.of(a[off] != 0);
            case 'h' -> PyInt.of((short) SHORT.get(a, off));
            case 'H' -> PyInt.of((short) SHORT.get(a, off) & 0xffff);
            case 'i' -> PyInt.of((int) INT.get(a, off));
            case 'I' -> PyInt.of((int) INT.get(a, off) & 0xffffffffL);
            case 'l', 'q', 'n' -> PyInt.of((long) LONG.get(a, off));
            case 'L', 'Q', 'N', 'P' -> {
                long v = (long) LONG.get(a, off);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(java.math.BigInteger.valueOf(v).add(TWO_64));
            }
            case 'f' -> PyFloat.of((float) FLOAT.get(a, off));
            case 'd' -> PyFloat.of((double) DOUBLE.get(a, off));
            default -> throw new IllegalStateException("format " + f);
        };
    }

    /** Stores {@code v} as format {@code f}, with memoryview's TypeError / ValueError. */
    static void pack(char f, PyObject v, byte[] a, int off) {
        switch (f) {
            case 'c' -> {
                if (!(v instanceof PyBytes b)) {
                    throw invalid("type", f);
                }
                if (b.size() != 1) {
                    throw invalid("value", f);
                }
                a[off] = b.data()[0];
            }
            case '?' -> a[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'f' -> FLOAT.set(a, off, (float) real(v, f));
            case 'd' -> DOUBLE.set(a, off, real(v, f));
            default -> {
                if (!Seq.hasIndex(v)) {
                    throw invalid("type", f);
                }
                PyInt i = Seq.index(v);
                boolean unsigned = Character.isUpperCase(f) || f == 'P';
                int bits = 8 * itemSize(String.valueOf(f));
                java.math.BigInteger b = i.bigValue();
                if (unsigned ? b.signum() < 0 || b.bitLength() > bits : b.bitLength() > bits - 1) {
                    throw invalid("value", f);
                }
                long x = b.longValue();
                switch (bits) {
                    case 8 -> a[off] = (byte) x;
                    case 16 -> SHORT.set(a, off, (short) x);
                    case 32 -> INT.set(a, off, (int) x);
                    default -> LONG.set(a, off, x);
                }
            }
        }
    }

    private static double real(PyObject v, char f) {
        if (v instanceof PyFloat x) {
            return x.value();
        }
        if (v instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        throw invalid("type", f);
    }

    private static PyException invalid(String what, char f) {
        String msg = "memoryview: invalid " + what + " for format '" + f + "'";
        return what.equals("type") ? Errors.typeError(msg) : Errors.valueError(msg);
    }
}
