package org.taipan.modules.re;

/**
 * The matcher: a backtracking engine over code points in continuation-passing form. Each node
 * matches its own part at position {@code i} and then calls {@code next}; it returns whether the
 * rest of the pattern matched, undoing what it recorded (group marks) when it did not.
 */
final class ReNodes {
    private ReNodes() {}

    static final int AT_BEGIN = 0, AT_BEGIN_LINE = 1, AT_END = 2, AT_END_LINE = 3, AT_BEGIN_STRING = 4,
            AT_END_STRING = 5, AT_BOUNDARY = 6, AT_NON_BOUNDARY = 7, AT_BOUNDARY_U = 8, AT_NON_BOUNDARY_U = 9;

    /** What one match attempt works on. */
    static final class State {
        final int[] text;
        int end;                 // endpos: the text is taken to stop here
        final int[] marks;       // 2 per group (group 0 unused here): start, end; -1 when unset
        final int[] open;        // start of a group not yet closed
        int lastIndex = -1;
        final int[] repCount;
        final int[] repStart;
        int matchEnd;
        int tailPos;             // where an atomic group or lookaround body ended
        boolean full;            // fullmatch: must end at end
        int noEmptyAt = -1;      // after an empty match at p, no empty match at p again
        int attemptStart;
        int steps;

        State(int[] text, int end, int groups, int repeats) {
            this.text = text;
            this.end = end;
            this.marks = new int[2 * groups];
            this.open = new int[groups];
            this.repCount = new int[repeats];
            this.repStart = new int[repeats];
        }

        void reset() {
            java.util.Arrays.fill(marks, -1);
            lastIndex = -1;
        }
    }

    abstract static class Node {
        Node next;

        abstract boolean m(State s, int i);

        /** A cheap test that a match of this node can begin at i (false only when it surely cannot). */
        boolean canStart(State s, int i) {
            return true;
        }
    }

    /** The end of the pattern. */
    static final class Accept extends Node {
        @Override
        boolean m(State s, int i) {
            if (s.full && i != s.end) {
                return false;
            }
            if (i == s.noEmptyAt && s.attemptStart == i) {
                return false;
            }
            s.matchEnd = i;
            return true;
        }
    }

    /** The end of an atomic group's or lookaround's body: records where it got to. */
    static final class Tail extends Node {
        @Override
        boolean m(State s, int i) {
            s.tailPos = i;
            return true;
        }
    }

    static final class Char extends Node {
        final int c;

        Char(int c) {
            this.c = c;
        }

        @Override
        boolean m(State s, int i) {
            return i < s.end && s.text[i] == c && next.m(s, i + 1);
        }

        @Override
        boolean canStart(State s, int i) {
            return i < s.end && s.text[i] == c;
        }
    }

    static final class Str extends Node {
        final int[] cs;

        Str(int[] cs) {
            this.cs = cs;
        }

        @Override
        boolean m(State s, int i) {
            int n = cs.length;
            if (i + n > s.end) {
                return false;
            }
            int[] t = s.text;
            for (int k = 0; k < n; k++) {
                if (t[i + k] != cs[k]) {
                    return false;
                }
            }
            return next.m(s, i + n);
        }

        @Override
        boolean canStart(State s, int i) {
            return i < s.end && s.text[i] == cs[0];
        }
    }

    /** One code point satisfying a predicate (a set, a case-insensitive literal, '.'). */
    static final class One extends Node {
        final ReChars.Pred pred;

        One(ReChars.Pred pred) {
            this.pred = pred;
        }

        @Override
        boolean m(State s, int i) {
            return i < s.end && pred.test(s.text[i]) && next.m(s, i + 1);
        }

        @Override
        boolean canStart(State s, int i) {
            return i < s.end && pred.test(s.text[i]);
        }
    }

    static final class At extends Node {
        final int kind;

        At(int kind) {
            this.kind = kind;
        }

        @Override
        boolean m(State s, int i) {
            return test(s, i) && next.m(s, i);
        }

        boolean test(State s, int i) {
            int[] t = s.text;
            return switch (kind) {
                case AT_BEGIN, AT_BEGIN_STRING -> i == 0;
                case AT_BEGIN_LINE -> i == 0 || t[i - 1] == '\n';
                case AT_END -> i == s.end || i == s.end - 1 && t[i] == '\n';
                case AT_END_LINE -> i == s.end || t[i] == '\n';
                case AT_END_STRING -> i == s.end;
                default -> {
                    if (s.end == 0) {
                        yield false;
                    }
                    boolean uni = kind == AT_BOUNDARY_U || kind == AT_NON_BOUNDARY_U;
                    boolean before = i > 0 && ReChars.isWord(t[i - 1], uni);
                    boolean after = i < s.end && ReChars.isWord(t[i], uni);
                    boolean boundary = before != after;
                    yield kind == AT_BOUNDARY || kind == AT_BOUNDARY_U ? boundary : !boundary;
                }
            };
        }
    }

    static final class Branch extends Node {
        final Node[] alts;

        Branch(Node[] alts) {
            this.alts = alts;
        }

        @Override
        boolean m(State s, int i) {
            if ((++s.steps & 0xFFFF) == 0) {
                org.taipan.vm.ThreadState.poll();
            }
            for (Node a : alts) {
                if (a.canStart(s, i) && a.m(s, i)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class GroupOpen extends Node {
        final int n;

        GroupOpen(int n) {
            this.n = n;
        }

        @Override
        boolean m(State s, int i) {
            int old = s.open[n];
            s.open[n] = i;
            if (next.m(s, i)) {
                return true;
            }
            s.open[n] = old;
            return false;
        }

        @Override
        boolean canStart(State s, int i) {
            return next.canStart(s, i);
        }
    }

    static final class GroupClose extends Node {
        final int n;

        GroupClose(int n) {
            this.n = n;
        }

        @Override
        boolean m(State s, int i) {
            int[] mk = s.marks;
            int oldStart = mk[2 * n], oldEnd = mk[2 * n + 1], oldLast = s.lastIndex;
            mk[2 * n] = s.open[n];
            mk[2 * n + 1] = i;
            s.lastIndex = n;
            if (next.m(s, i)) {
                return true;
            }
            mk[2 * n] = oldStart;
            mk[2 * n + 1] = oldEnd;
            s.lastIndex = oldLast;
            return false;
        }
    }

    static final class Backref extends Node {
        final int n;
        final int fold;

        Backref(int n, int fold) {
            this.n = n;
            this.fold = fold;
        }

        @Override
        boolean m(State s, int i) {
            int a = s.marks[2 * n], b = s.marks[2 * n + 1];
            if (a < 0 || b < 0) {
                return false;
            }
            int len = b - a;
            if (i + len > s.end) {
                return false;
            }
            int[] t = s.text;
            for (int k = 0; k < len; k++) {
                int x = t[a + k], y = t[i + k];
                if (x != y && (fold == ReChars.FOLD_NONE || ReChars.key(x, fold) != ReChars.key(y, fold))) {
                    return false;
                }
            }
            return next.m(s, i + len);
        }
    }

    static final class Cond extends Node {
        final int n;
        final Node yes, no;

        Cond(int n, Node yes, Node no) {
            this.n = n;
            this.yes = yes;
            this.no = no;
        }

        @Override
        boolean m(State s, int i) {
            boolean matched = s.marks[2 * n] >= 0 && s.marks[2 * n + 1] >= 0;
            return (matched ? yes : no).m(s, i);
        }
    }

    /** A lookahead or lookbehind; the body ends in a {@link Tail}. */
    static final class Look extends Node {
        final Node body;
        final boolean negative;
        final int behind;       // width looked back, or -1 for a lookahead

        Look(Node body, boolean negative, int behind) {
            this.body = body;
            this.negative = negative;
            this.behind = behind;
        }

        @Override
        boolean m(State s, int i) {
            int from = i;
            int saveEnd = s.end;
            boolean saveFull = s.full;
            int saveNoEmpty = s.noEmptyAt;
            if (behind >= 0) {
                from = i - behind;
                if (from < 0) {
                    return negative && next.m(s, i);
                }
            }
            int[] saved = s.marks.clone();
            int savedLast = s.lastIndex;
            s.full = false;
            s.noEmptyAt = -1;
            boolean found = body.m(s, from);
            s.end = saveEnd;
            s.full = saveFull;
            s.noEmptyAt = saveNoEmpty;
            if (negative) {
                if (found) {
                    System.arraycopy(saved, 0, s.marks, 0, saved.length);
                    s.lastIndex = savedLast;
                    return false;
                }
                return next.m(s, i);
            }
            if (!found) {
                return false;
            }
            if (next.m(s, i)) {
                return true;
            }
            System.arraycopy(saved, 0, s.marks, 0, saved.length);
            s.lastIndex = savedLast;
            return false;
        }
    }

    /** {@code (?>...)}: the body's first match only, never backtracked into. */
    static final class Atomic extends Node {
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        @Override
        boolean m(State s, int i) {
            int[] saved = s.marks.clone();
            int savedLast = s.lastIndex;
            if (!body.m(s, i)) {
                return false;
            }
            if (next.m(s, s.tailPos)) {
                return true;
            }
            System.arraycopy(saved, 0, s.marks, 0, saved.length);
            s.lastIndex = savedLast;
            return false;
        }
    }

    /** A repeat of one code point (greedy, lazy or possessive): a loop, not recursion per step. */
    static final class RepeatOne extends Node {
        final ReChars.Pred pred;
        final int min, max, mode;

        RepeatOne(ReChars.Pred pred, int min, int max, int mode) {
            this.pred = pred;
            this.min = min;
            this.max = max;
            this.mode = mode;
        }

        @Override
        boolean m(State s, int i) {
            int[] t = s.text;
            int lim = (int) Math.min(s.end, (long) i + max);
            if (mode == 1) {
                int j = i;
                int need = (int) Math.min(lim, (long) i + min);
                while (j < need) {
                    if (!pred.test(t[j])) {
                        return false;
                    }
                    j++;
                }
                while (true) {
                    if (next.canStart(s, j) && next.m(s, j)) {
                        return true;
                    }
                    if (j >= lim || !pred.test(t[j])) {
                        return false;
                    }
                    j++;
                }
            }
            int j = i;
            while (j < lim && pred.test(t[j])) {
                j++;
            }
            if (j - i < min) {
                return false;
            }
            if (mode == 2) {
                return next.m(s, j);
            }
            int stop = i + min;
            for (; j >= stop; j--) {
                if (next.canStart(s, j) && next.m(s, j)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean canStart(State s, int i) {
            return min == 0 || i < s.end && pred.test(s.text[i]);
        }
    }

    /**
     * A repeat of anything else. The body ends in a {@link RepeatTail} that comes back here;
     * the iteration count and the start of the current iteration live in the state, saved and
     * restored around each entry so that nested and re-entered repeats keep their own.
     */
    static final class Repeat extends Node {
        final int id, min, max;
        final boolean lazy;
        Node body;

        Repeat(int id, int min, int max, boolean lazy) {
            this.id = id;
            this.min = min;
            this.max = max;
            this.lazy = lazy;
        }

        @Override
        boolean m(State s, int i) {
            int oldCount = s.repCount[id], oldStart = s.repStart[id];
            boolean r = iterate(s, i, 0, false);
            s.repCount[id] = oldCount;
            s.repStart[id] = oldStart;
            return r;
        }

        /** {@code count} iterations done, the last ending at i ({@code empty}: it matched nothing). */
        boolean iterate(State s, int i, int count, boolean empty) {
            if (empty && count >= 1) {
                // an empty iteration: more of them would match nothing more
                return count >= min || true ? next.m(s, i) : false;
            }
            if (count < min) {
                return again(s, i, count);
            }
            if (lazy) {
                if (next.m(s, i)) {
                    return true;
                }
                return count < max && again(s, i, count);
            }
            if (count < max && again(s, i, count)) {
                return true;
            }
            return next.m(s, i);
        }

        private boolean again(State s, int i, int count) {
            if ((++s.steps & 0xFFFF) == 0) {
                org.taipan.vm.ThreadState.poll();
            }
            int oldCount = s.repCount[id], oldStart = s.repStart[id];
            s.repCount[id] = count;
            s.repStart[id] = i;
            if (body.m(s, i)) {
                return true;
            }
            s.repCount[id] = oldCount;
            s.repStart[id] = oldStart;
            return false;
        }
    }

    static final class RepeatTail extends Node {
        final Repeat loop;

        RepeatTail(Repeat loop) {
            this.loop = loop;
        }

        @Override
        boolean m(State s, int i) {
            int id = loop.id;
            int count = s.repCount[id], start = s.repStart[id];
            if (loop.iterate(s, i, count + 1, i == start)) {
                return true;
            }
            s.repCount[id] = count;
            s.repStart[id] = start;
            return false;
        }
    }
}
