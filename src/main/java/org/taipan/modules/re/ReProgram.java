package org.taipan.modules.re;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.modules.re.ReNodes.Node;

/** A compiled pattern: the matcher nodes and what search needs to skip ahead quickly. */
final class ReProgram {
    final Node start;
    final int groups;            // including group 0
    int flags;
    final Map<String, Integer> groupIndex;
    final java.util.List<String> warnings;
    private int repeats;
    private final ReChars.Pred first;
    private final boolean anchored;

    ReProgram(int[] pattern, boolean isStr, int flags) {
        ReParser parser = new ReParser(pattern, isStr, flags);
        ReAst ast = parser.parse();
        this.flags = parser.flags;
        this.groups = parser.groups;
        this.groupIndex = parser.groupIndex;
        this.warnings = parser.warnings;
        this.start = compile(ast, new ReNodes.Accept());
        this.first = firstPred(start);
        this.anchored = anchoredAt(start);
    }

    ReNodes.State newState(int[] text, int end) {
        return new ReNodes.State(text, end, groups, repeats);
    }

    /** match (0), fullmatch (1) or search (2) from pos; fills the state's marks; false if none. */
    boolean run(ReNodes.State s, int pos, int mode) {
        s.full = mode == 1;
        if (mode != 2) {
            s.reset();
            s.attemptStart = pos;
            return start.m(s, pos);
        }
        int[] t = s.text;
        if (pos > s.end) {
            return false;
        }
        for (int st = pos; st <= s.end; st++) {
            if (first != null) {
                while (st < s.end && !first.test(t[st])) {
                    st++;
                }
                if (st >= s.end) {
                    return false;
                }
            }
            if ((++s.steps & 0xFFF) == 0) {
                org.taipan.vm.ThreadState.poll();
            }
            s.reset();
            s.attemptStart = st;
            if (start.m(s, st)) {
                return true;
            }
            if (anchored) {
                return false;
            }
        }
        return false;
    }

    // ---- AST to nodes

    private static final ReChars.Pred ANY = c -> true;
    private static final ReChars.Pred NOT_NEWLINE = c -> c != '\n';

    private static <N extends Node> N link(N n, Node next) {
        n.next = next;
        return n;
    }

    /** The single-code-point predicate an AST node stands for, or null. */
    private static ReChars.Pred pred(ReAst a) {
        return switch (a) {
            case ReAst.Lit l -> {
                int c = l.c();
                if (l.fold() == ReChars.FOLD_NONE) {
                    yield x -> x == c;
                }
                int fold = l.fold();
                int k = ReChars.key(c, fold);
                yield x -> x == c || ReChars.key(x, fold) == k;
            }
            case ReAst.Any x -> x.dotall() ? ANY : NOT_NEWLINE;
            case ReAst.Cls c -> c.set();
            default -> null;
        };
    }

    private Node compile(ReAst a, Node next) {
        switch (a) {
            case ReAst.Lit l when l.fold() == ReChars.FOLD_NONE:
                return link(new ReNodes.Char(l.c()), next);
            case ReAst.Lit l:
                return link(new ReNodes.One(pred(l)), next);
            case ReAst.Any x:
                return link(new ReNodes.One(pred(x)), next);
            case ReAst.Cls c:
                return link(new ReNodes.One(c.set()), next);
            case ReAst.At at:
                return link(new ReNodes.At(at.kind()), next);
            case ReAst.Seq seq: {
                List<ReAst> items = seq.items();
                Node n = next;
                int k = items.size();
                while (k > 0) {
                    // a run of plain literals becomes one string node
                    int j = k;
                    while (j > 0 && items.get(j - 1) instanceof ReAst.Lit l && l.fold() == ReChars.FOLD_NONE) {
                        j--;
                    }
                    if (k - j >= 2) {
                        int[] cs = new int[k - j];
                        for (int q = j; q < k; q++) {
                            cs[q - j] = ((ReAst.Lit) items.get(q)).c();
                        }
                        n = link(new ReNodes.Str(cs), n);
                        k = j;
                        continue;
                    }
                    n = compile(items.get(--k), n);
                }
                return n;
            }
            case ReAst.Alt alt: {
                List<ReAst> alts = alt.alts();
                Node[] ns = new Node[alts.size()];
                for (int q = 0; q < ns.length; q++) {
                    ns[q] = compile(alts.get(q), next);
                }
                return link(new ReNodes.Branch(ns), next);
            }
            case ReAst.Group g:
                return link(new ReNodes.GroupOpen(g.n()), compile(g.body(), link(new ReNodes.GroupClose(g.n()), next)));
            case ReAst.Plain p:
                return compile(p.body(), next);
            case ReAst.Rep r:
                return repeat(r, next);
            case ReAst.Look look: {
                Node body = compile(look.body(), new ReNodes.Tail());
                return link(new ReNodes.Look(body, look.negative(), look.behind() ? look.width() : -1), next);
            }
            case ReAst.Atomic at:
                return link(new ReNodes.Atomic(compile(at.body(), new ReNodes.Tail())), next);
            case ReAst.Backref b:
                return link(new ReNodes.Backref(b.n(), b.fold()), next);
            case ReAst.Cond c:
                return link(new ReNodes.Cond(c.n(), compile(c.yes(), next), compile(c.no(), next)), next);
        }
    }

    private Node repeat(ReAst.Rep r, Node next) {
        if (r.max() == 0) {
            return next;
        }
        ReChars.Pred p = pred(r.body());
        if (p != null) {
            return link(new ReNodes.RepeatOne(p, r.min(), r.max(), r.mode()), next);
        }
        if (r.min() == 1 && r.max() == 1) {
            return r.mode() == 2 ? link(new ReNodes.Atomic(compile(r.body(), new ReNodes.Tail())), next)
                    : compile(r.body(), next);
        }
        if (r.mode() == 2) {
            ReNodes.Repeat loop = new ReNodes.Repeat(repeats++, r.min(), r.max(), false);
            loop.body = compile(r.body(), new ReNodes.RepeatTail(loop));
            loop.next = new ReNodes.Tail();
            return link(new ReNodes.Atomic(loop), next);
        }
        ReNodes.Repeat loop = new ReNodes.Repeat(repeats++, r.min(), r.max(), r.mode() == 1);
        loop.body = compile(r.body(), new ReNodes.RepeatTail(loop));
        loop.next = next;
        return loop;
    }

    /** A predicate every match's first code point satisfies, when one is evident (for search). */
    private static ReChars.Pred firstPred(Node n) {
        while (n instanceof ReNodes.GroupOpen g) {
            n = g.next;
        }
        return switch (n) {
            case ReNodes.Char c -> {
                int ch = c.c;
                yield x -> x == ch;
            }
            case ReNodes.Str s -> {
                int ch = s.cs[0];
                yield x -> x == ch;
            }
            case ReNodes.One o -> o.pred;
            case ReNodes.RepeatOne r when r.min > 0 -> r.pred;
            case ReNodes.Branch b -> {
                List<ReChars.Pred> ps = new ArrayList<>();
                for (Node alt : b.alts) {
                    ReChars.Pred p = firstPred(alt);
                    if (p == null) {
                        yield null;
                    }
                    ps.add(p);
                }
                ReChars.Pred[] arr = ps.toArray(new ReChars.Pred[0]);
                yield x -> {
                    for (ReChars.Pred p : arr) {
                        if (p.test(x)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            default -> null;
        };
    }

    private static boolean anchoredAt(Node n) {
        while (n instanceof ReNodes.GroupOpen g) {
            n = g.next;
        }
        return n instanceof ReNodes.At at && (at.kind == ReNodes.AT_BEGIN || at.kind == ReNodes.AT_BEGIN_STRING);
    }
}
