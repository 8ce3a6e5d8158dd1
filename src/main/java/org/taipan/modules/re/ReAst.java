package org.taipan.modules.re;

import java.util.List;

/** The parsed form of a regular expression, before it is compiled into matcher nodes. */
sealed interface ReAst {
    /** A width that means "unbounded". */
    int INF = Integer.MAX_VALUE;

    /** One literal code point; {@code fold} is the case-folding mode in force (see {@link ReChars}). */
    record Lit(int c, int fold) implements ReAst {}

    /** {@code .}; matches newline only with DOTALL. */
    record Any(boolean dotall) implements ReAst {}

    /** A character class, an escape such as {@code \d}, or a set {@code [...]}. */
    record Cls(ReChars.Set set) implements ReAst {}

    /** A zero-width assertion: one of the {@code AT_*} kinds of {@link ReNodes}. */
    record At(int kind) implements ReAst {}

    record Seq(List<ReAst> items) implements ReAst {}

    record Alt(List<ReAst> alts) implements ReAst {}

    /** A capturing group {@code n} (1-based). */
    record Group(int n, ReAst body) implements ReAst {}

    /** A non-capturing group, kept only so that a quantifier after it is not a "multiple repeat". */
    record Plain(ReAst body) implements ReAst {}

    /** {@code body{min,max}}; mode 0 greedy, 1 lazy, 2 possessive; max INF for none. */
    record Rep(ReAst body, int min, int max, int mode) implements ReAst {}

    record Look(ReAst body, boolean behind, boolean negative, int width) implements ReAst {}

    record Atomic(ReAst body) implements ReAst {}

    record Backref(int n, int fold) implements ReAst {}

    record Cond(int n, ReAst yes, ReAst no) implements ReAst {}

    /** The smallest and largest number of code points the expression can match (max may be INF). */
    static int[] width(ReAst a) {
        return switch (a) {
            case Lit l -> new int[] {1, 1};
            case Any x -> new int[] {1, 1};
            case Cls c -> new int[] {1, 1};
            case At x -> new int[] {0, 0};
            case Look x -> new int[] {0, 0};
            case Backref b -> new int[] {0, INF};
            case Group g -> width(g.body());
            case Plain p -> width(p.body());
            case Atomic t -> width(t.body());
            case Seq s -> {
                long lo = 0, hi = 0;
                for (ReAst i : s.items()) {
                    int[] w = width(i);
                    lo = Math.min(INF, lo + w[0]);
                    hi = Math.min(INF, hi + w[1]);
                }
                yield new int[] {(int) lo, (int) hi};
            }
            case Alt alt -> {
                int lo = INF, hi = 0;
                for (ReAst i : alt.alts()) {
                    int[] w = width(i);
                    lo = Math.min(lo, w[0]);
                    hi = Math.max(hi, w[1]);
                }
                yield new int[] {lo, hi};
            }
            case Cond c -> {
                int[] y = width(c.yes()), n = width(c.no());
                yield new int[] {Math.min(y[0], n[0]), Math.max(y[1], n[1])};
            }
            case Rep r -> {
                int[] w = width(r.body());
                long lo = Math.min(INF, (long) w[0] * r.min());
                long hi = r.max() == INF ? (w[1] == 0 ? 0 : INF) : Math.min(INF, (long) w[1] * r.max());
                yield new int[] {(int) lo, (int) hi};
            }
        };
    }
}
