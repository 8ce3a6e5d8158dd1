package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Loc;

/**
 * The 3.11 optimizer's rewrite of {@code "literal %s %r %a" % (x, y, z)} into an f-string:
 * only the s, r and a conversions, with at most a {@code -} flag, two-digit width and
 * precision, and exactly as many items as conversions; anything else is left alone.
 */
final class AstOptimizerFormat {
    /** The position CPython gives the nodes it makes up: none. */
    private static final Loc NOWHERE = new Loc(-1, -1, -1, -1);

    private AstOptimizerFormat() {}

    static Expr toJoinedStr(String fmt, List<Expr> items, Loc at) {
        List<Expr> values = new ArrayList<>();
        int[] cps = fmt.codePoints().toArray();
        int pos = 0;
        int used = 0;
        while (true) {
            StringBuilder lit = new StringBuilder();
            int start = pos;
            while (pos < cps.length) {
                if (cps[pos] != '%') {
                    lit.appendCodePoint(cps[pos++]);
                } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                    lit.append('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if (pos != start) {
                values.add(new Expr.Constant(lit.toString(), null, NOWHERE));
            }
            if (pos >= cps.length) {
                break;
            }
            if (used >= items.size()) {
                return null;
            }
            pos++; // the '%'
            int[] p = {pos};
            Expr v = conversion(cps, p, items.get(used++));
            if (v == null) {
                return null;
            }
            pos = p[0];
            values.add(v);
        }
        if (used < items.size()) {
            return null;
        }
        return new Expr.JoinedStr(values, at);
    }

    private static Expr conversion(int[] cps, int[] p, Expr arg) {
        int pos = p[0];
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1;
        int prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        p[0] = pos;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(spec.toString(), null, NOWHERE);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.loc());
    }
}
