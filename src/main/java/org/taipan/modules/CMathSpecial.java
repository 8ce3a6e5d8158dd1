package org.taipan.modules;

import org.taipan.modules.CMathModule.C;
import org.taipan.modules.CMathModule.F;

/**
 * The results of the cmath functions when a part of the argument is infinite or NaN: C99
 * Annex G's values as CPython 3.11 returns them (tabulated by running it over one value of
 * each class). A table has 7 x 7 cells, rows by the class of the real part and columns by the
 * class of the imaginary part (-inf, negative, -0, +0, positive, +inf, nan); each cell is two
 * characters, the real and imaginary results: I/i ±inf, N nan, 0/z ±0, 1/m ±1, P/p ±pi,
 * H/h ±pi/2, Q/q ±pi/4, T/t ±3pi/4; "V." raises ValueError; "**" depends on the finite part
 * and is computed; ".." (both parts finite) never reaches a table.
 */
final class CMathSpecial {
    private CMathSpecial() {}

    static final String EXP = "00**0z00**0000V.........V.NNV.........V.NNV.........V.NNV.........V.NNV.**IzI0**V.INNNNNNzN0NNNNNN";
    static final String LOG = "ItIpIpIPIPITINIh........IHNNIh........IHNNIh........IHNNIh........IHNNIqIzIzI0I0IQININNNNNNNNNINNN";
    static final String SQRT = "Ii0i0i0I0IIINIIi........IINNIi........IINNIi........IINNIi........IINNIiIzIzI0I0IIINIiNNNNNNNNIINN";
    static final String ACOS = "TIPIPIPiPiTiNIHI........HiNNHI........HiHNHI........HiHNHI........HiNNQI0I0I0i0iQiNININNNNNNNNNiNN";
    static final String ACOSH = "ItIpIpIPIPITINIh........IHNNIh........IHNNIh........IHNNIh........IHNNIqIzIzI0I0IQININNNNNNNNNINNN";
    static final String ASINH = "iqizizi0i0iQiNih........iHNNih........iHNNIh........IHNNIh........IHNNIqIzIzI0I0IQININNNNzN0NNINNN";
    static final String ATANH = "zhzhzhzHzHzHzNzh........zHNNzh........zHzN0h........0H0N0h........0HNN0h0h0h0H0H0H0N0hNNNNNNNN0HNN";
    static final String COSH = "V.**I0Iz**V.INV.........V.NNV.........V.N0V.........V.N0V.........V.NNV.**IzI0**V.INNNNNN0N0NNNNNN";
    static final String SINH = "V.**izi0**V.INV.........V.NNV.........V.0NV.........V.0NV.........V.NNV.**IzI0**V.INNNNNNzN0NNNNNN";
    static final String TANH = "m0**mzm0**m0m0V.........V.NNV.........V.NNV.........V.NNV.........V.NN10**1z10**1010NNNNNzN0NNNNNN";
    static final String RECT = "V.**i0iz**V.INV.........V.NN00........000000........0000V.........V.NNV.**IzI0**V.INNNNNN0N0NNNNNN";

    private static int kind(double v) {
        if (Double.isNaN(v)) {
            return 6;
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? 0 : 5;
        }
        if (v == 0) {
            return Double.doubleToRawLongBits(v) < 0 ? 2 : 3;
        }
        return v < 0 ? 1 : 4;
    }

    /** f(x + iy): the formula for finite parts, else the table's value. */
    static C call(String table, F f, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            return f.apply(x, y);
        }
        int cell = 2 * (7 * kind(x) + kind(y));
        char re = table.charAt(cell), im = table.charAt(cell + 1);
        if (re == 'V') {
            throw CMathModule.domain();
        }
        if (re == '*') {
            return computed(table, x, y);
        }
        return new C(value(re), value(im));
    }

    /** An infinite real part with a finite nonzero imaginary part: the signs come from cos y and sin y. */
    private static C computed(String table, double x, double y) {
        double inf = Double.POSITIVE_INFINITY, sign = Math.copySign(1, x);
        if (table == EXP) {
            double e = Math.exp(x);
            return new C(e * Math.cos(y), e * Math.sin(y));
        }
        if (table == COSH) {
            return new C(inf * Math.cos(y), inf * Math.sin(y) * sign);
        }
        if (table == SINH) {
            return new C(inf * Math.cos(y) * sign, inf * Math.sin(y));
        }
        if (table == TANH) {
            return new C(sign, 0.0 * Math.sin(y) * Math.cos(y));
        }
        return new C(x * Math.cos(y), x * Math.sin(y)); // RECT
    }

    private static double value(char c) {
        return switch (c) {
            case 'I' -> Double.POSITIVE_INFINITY;
            case 'i' -> Double.NEGATIVE_INFINITY;
            case 'N' -> Double.NaN;
            case '0' -> 0.0;
            case 'z' -> -0.0;
            case '1' -> 1.0;
            case 'm' -> -1.0;
            case 'P' -> Math.PI;
            case 'p' -> -Math.PI;
            case 'H' -> Math.PI / 2;
            case 'h' -> -Math.PI / 2;
            case 'Q' -> Math.PI / 4;
            case 'q' -> -Math.PI / 4;
            case 'T' -> 3 * Math.PI / 4;
            default -> -3 * Math.PI / 4;
        };
    }
}
