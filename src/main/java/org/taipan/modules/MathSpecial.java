package org.taipan.modules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taipan.objects.Errors;

/**
 * The special functions of {@code math}: erf and erfc from their Taylor series summed in
 * BigDecimal at a precision that covers the series' cancellation (so the results are
 * correctly rounded, as glibc's almost always are), gamma and lgamma from a Lanczos
 * approximation (exact factorials for small integers), which may differ from CPython's in the
 * last digits.
 */
final class MathSpecial {
    private MathSpecial() {}

    /** erfc underflows to 0 beyond this. */
    private static final double ERFC_ZERO = 27.3;

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) >= 6.0) {
            return Math.copySign(1.0, x);
        }
        if (x == 0) {
            return x;
        }
        return erfSeries(x, false);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= ERFC_ZERO) {
            return 0.0;
        }
        if (x <= -6.0) {
            return 2.0;
        }
        return erfSeries(x, true);
    }

    /** erf(x), or 1 - erf(x) when {@code complement}, to double precision. */
    private static double erfSeries(double x, boolean complement) {
        double x2 = x * x;
        // The largest term is about e^(x^2); 1 - erf(x) is about e^(-x^2): keep enough digits for both.
        int digits = 40 + (int) (x2 / Math.log(10) * (complement && x > 0 ? 2 : 1));
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal bx2 = bx.multiply(bx, mc).negate();
        BigDecimal power = bx;          // (-1)^n x^(2n+1) / n!
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits + 5);
        for (int n = 0; n < 100000; n++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0 && n > x2) {
                break;
            }
            power = power.multiply(bx2, mc).divide(BigDecimal.valueOf(n + 1), mc);
        }
        BigDecimal r = sum.multiply(BigDecimal.valueOf(2), mc).divide(pi(mc).sqrt(mc), mc);
        if (complement) {
            r = BigDecimal.ONE.subtract(r, mc);
        }
        return r.doubleValue();
    }

    /** Pi to the context's precision (Machin's formula). */
    private static BigDecimal pi(MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10);
        BigDecimal a = arctanInverse(5, wide).multiply(BigDecimal.valueOf(16));
        BigDecimal b = arctanInverse(239, wide).multiply(BigDecimal.valueOf(4));
        return a.subtract(b).round(mc);
    }

    private static BigDecimal arctanInverse(int k, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(k), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * n + 1), mc), mc);
        }
        return sum;
    }

    // ---- gamma

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double LANCZOS_G = 7;

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == Math.rint(x) && x <= 0) {
            if (x == 0) {
                throw Errors.valueError("math domain error");
            }
            throw Errors.valueError("math domain error");
        }
        if (x == Math.rint(x) && x <= 23) {
            double f = 1;
            for (int i = 2; i < (int) x; i++) {
                f *= i;
            }
            return f;
        }
        if (x > 171.7) {
            throw Errors.overflowError("math range error");
        }
        if (Math.abs(x) < 1e-300) {
            // 1/x overflows: gamma(x) ~ 1/x.
            throw Errors.overflowError("math range error");
        }
        double r;
        if (x < 0.5) {
            double g = 1 - x > 171 ? Math.exp(lgamma(1 - x)) : gamma(1 - x);
            r = Math.PI / (Math.sin(Math.PI * x) * g);
        } else if (x > 140) {
            r = Math.exp(lgamma(x));
        } else {
            r = lanczos(x);
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    private static double lanczos(double x) {
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + LANCZOS_G + 0.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * a;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.rint(x) && x <= 0) {
            throw Errors.valueError("math domain error");
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (x < 0.5) {
            // Reflection: lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x).
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        if (x < 100) {
            return Math.log(Math.abs(lanczos(x)));
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + LANCZOS_G + 0.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        double r = 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    // ---- hypot and dist

    /**
     * The Euclidean norm, almost always correctly rounded (as CPython 3.11's): the scaled squares
     * are summed in double-double (exact products by fma, error-free sums) and the square root
     * is corrected once by its residual.
     */
    static double vectorNorm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) {
            e = Double.MIN_EXPONENT;
        }
        double hi = 0, lo = 0;
        for (double x : v) {
            double s = Math.scalb(x, -e);
            double p = s * s, pe = Math.fma(s, s, -p);
            double t = hi + p;
            double err = (hi - t) + p;
            if (Math.abs(p) > Math.abs(hi)) {
                err = (p - t) + hi;
            }
            hi = t;
            lo += err + pe;
        }
        double t = hi + lo;
        lo = lo - (t - hi);
        hi = t;
        double r = Math.sqrt(hi);
        double residual = Math.fma(-r, r, hi) + lo;
        r += residual / (2 * r);
        return Math.scalb(r, e);
    }
}
