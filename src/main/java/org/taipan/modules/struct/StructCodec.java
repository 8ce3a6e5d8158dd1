package org.taipan.modules.struct;

import java.math.BigInteger;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyObject;
import org.taipan.objects.Seq;

/**
 * Converts between Python values and the bytes of one struct item, with CPython's range
 * checks and their messages. Shared with {@code array}, which stores native items.
 */
public final class StructCodec {
    private StructCodec() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Packs every value of {@code fmt} from {@code args[from..]} into {@code out} at {@code base}. */
    static void pack(StructFormat fmt, PyObject[] args, int from, byte[] out, int base) {
        int a = from;
        for (int r = 0; r < fmt.codes.length; r++) {
            char c = fmt.codes[r];
            int len = fmt.lengths[r];
            int off = base + fmt.offsets[r];
            if (c == 's' || c == 'p') {
                packString(c, args[a++], out, off, len);
                continue;
            }
            for (int k = 0; k < fmt.counts[r]; k++, off += len) {
                packItem(c, len, fmt.nativeMode, fmt.bigEndian, args[a++], out, off);
            }
        }
    }

    static PyObject[] unpack(StructFormat fmt, byte[] buf, int base) {
        PyObject[] result = new PyObject[fmt.values];
        int a = 0;
        for (int r = 0; r < fmt.codes.length; r++) {
            char c = fmt.codes[r];
            int len = fmt.lengths[r];
            int off = base + fmt.offsets[r];
            if (c == 's') {
                result[a++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off, off + len));
                continue;
            }
            if (c == 'p') {
                int n = len == 0 ? 0 : Math.min(buf[off] & 0xff, len - 1);
                result[a++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                continue;
            }
            for (int k = 0; k < fmt.counts[r]; k++, off += len) {
                result[a++] = unpackItem(c, len, fmt.bigEndian, buf, off);
            }
        }
        return result;
    }

    private static void packString(char c, PyObject v, byte[] out, int off, int len) {
        byte[] b;
        if (v instanceof PyBytes bs) {
            b = bs.toByteArray();
        } else if (v instanceof PyByteArray ba) {
            b = ba.toByteArray();
        } else {
            throw StructModule.error("argument for '" + c + "' must be a bytes object");
        }
        if (c == 's') {
            System.arraycopy(b, 0, out, off, Math.min(b.length, len));
        } else if (len > 0) {
            int n = Math.min(b.length, len - 1);
            System.arraycopy(b, 0, out, off + 1, n);
            out[off] = (byte) Math.min(n, 255);
        }
    }

    /** Packs one item of code {@code c} (not s, p or x) of {@code size} bytes. */
    public static void packItem(char c, int size, boolean nativeMode, boolean big, PyObject v, byte[] out, int off) {
        switch (c) {
            case 'c' -> {
                byte[] b = v instanceof PyBytes bs ? bs.toByteArray() : null;
                if (b == null || b.length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                out[off] = b[0];
            }
            case '?' -> out[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'e' -> putBits(out, off, 2, big, halfBits(toDouble(v)));
            case 'f' -> {
                double d = toDouble(v);
                float f = (float) d;
                if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw Errors.overflowError("float too large to pack with f format");
                }
                putBits(out, off, 4, big, Float.floatToRawIntBits(f));
            }
            case 'd' -> putBits(out, off, 8, big, Double.doubleToRawLongBits(toDouble(v)));
            default -> putBits(out, off, size, big, intBits(c, size, v));
        }
    }

    public static PyObject unpackItem(char c, int size, boolean big, byte[] buf, int off) {
        long bits = getBits(buf, off, size, big);
        return switch (c) {
            case 'c' -> new PyBytes(new byte[] {buf[off]});
            case '?' -> PyBool.of(bits != 0);
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) bits));
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(bits));
            case 'B', 'H', 'I', 'L', 'Q', 'N', 'P' -> size < 8 || bits >= 0 ? PyInt.of(bits)
                    : PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
            default -> PyInt.of(size == 8 ? bits : bits << (64 - 8 * size) >> (64 - 8 * size));
        };
    }

    private static void putBits(byte[] out, int off, int size, boolean big, long bits) {
        for (int i = 0; i < size; i++) {
            out[off + (big ? size - 1 - i : i)] = (byte) (bits >>> (8 * i));
        }
    }

    private static long getBits(byte[] buf, int off, int size, boolean big) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            bits |= (buf[off + (big ? size - 1 - i : i)] & 0xffL) << (8 * i);
        }
        return bits;
    }

    /** The integer value of {@code v} as the low {@code size} bytes, or CPython's range error. */
    private static long intBits(char c, int size, PyObject v) {
        if (!Seq.hasIndex(v)) {
            throw StructModule.error("required argument is not an integer");
        }
        PyInt i = Seq.index(v);
        boolean signed = Character.isLowerCase(c);
        if (c == 'P') {
            if (i.isLong()) {
                return i.longValue();
            }
            if (i.signum() > 0 && i.bitLength() <= 64) {
                return i.bigValue().longValue();
            }
            throw StructModule.error("int too large to convert");
        }
        if (size == 8) {
            if (signed) {
                if (!i.isLong()) {
                    throw outOfRange();
                }
                return i.longValue();
            }
            if (i.signum() < 0 || i.bitLength() > 64) {
                throw outOfRange();
            }
            return i.bigValue().longValue();
        }
        // B and H are checked as C longs (negatives reach the range message); I and L as unsigned.
        boolean unsignedConversion = c == 'I' || c == 'L';
        if (unsignedConversion ? i.signum() < 0 || i.bitLength() > 64 : !i.isLong()) {
            throw outOfRange();
        }
        long min = signed ? -(1L << (8 * size - 1)) : 0;
        long max = signed ? (1L << (8 * size - 1)) - 1 : (1L << (8 * size)) - 1;
        if (!i.isLong() || i.longValue() < min || i.longValue() > max) {
            String name = switch (c) {
                case 'b' -> "byte format";
                case 'B' -> "ubyte format";
                case 'h' -> "short format";
                case 'H' -> "ushort format";
                default -> "'" + c + "' format";
            };
            throw StructModule.error(name + " requires " + min + " <= number <= " + max);
        }
        return i.longValue();
    }

    private static org.taipan.objects.PyException outOfRange() {
        return StructModule.error("argument out of range");
    }

    /** PyFloat_AsDouble, with struct's error for what is not a number. */
    static double toDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (v.type().asFloat == null && !Seq.hasIndex(v)) {
            throw StructModule.error("required argument is not a float");
        }
        return ((PyFloat) PyFloat.TYPE.tpNew.call(PyFloat.TYPE, new PyObject[] {v}, null)).value();
    }

    /** IEEE 754 binary16 bits of {@code d}, rounded half to even; OverflowError past the largest half. */
    static long halfBits(double d) {
        long sign = (Double.doubleToRawLongBits(d) >>> 63) << 15;
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a < 0x1p-14) {
            return sign | (long) Math.rint(a * 0x1p24); // subnormal; may round up to the least normal
        }
        int e = Math.getExponent(a);
        double m = Math.rint((a / Math.scalb(1.0, e) - 1) * 1024);
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) {
            throw Errors.overflowError("float too large to pack with e format");
        }
        return sign | (long) (e + 15) << 10 | (long) m;
    }
}
