package org.taipan.modules.re;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Python's regular-expression syntax into {@link ReAst}, with the messages and
 * positions of re.error that CPython 3.11 gives for the same mistakes.
 */
final class ReParser extends ReLexer {
    int flags;
    int groups = 1;                                  // next group number, as sre's state.groups
    final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    private final List<Integer> openGroups = new ArrayList<>();
    private final List<int[]> condRefs = new ArrayList<>();  // numbered conditions, checked at the end
    private int lookbehindGroups = -1;               // groups before the innermost lookbehind

    ReParser(int[] pattern, boolean isStr, int flags) {
        super(pattern, isStr);
        this.flags = flags;
    }

    ReAst parse() {
        ReAst a = alternation(true);
        if (i < p.length) {
            // only a ')' can stop the top level early
            throw error("unbalanced parenthesis", i);
        }
        for (int[] ref : condRefs) {
            if (ref[0] >= groups) {
                throw error("invalid group reference " + ref[0], ref[1]);
            }
        }
        return a;
    }

    private ReAst alternation(boolean top) {
        List<ReAst> alts = new ArrayList<>();
        while (true) {
            alts.add(sequence(top && alts.isEmpty(), flags));
            if (peek() == '|') {
                i++;
                continue;
            }
            break;
        }
        return alts.size() == 1 ? alts.get(0) : new ReAst.Alt(alts);
    }

    private void skipVerbose() {
        while (i < p.length) {
            int c = p[i];
            if (c == ' ' || c >= 9 && c <= 13) {
                i++;
            } else if (c == '#') {
                while (i < p.length && p[i] != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
    }

    /** One branch; {@code f} are the flags in force, updated by scoped or global inline flags. */
    private ReAst sequence(boolean first, int scopeFlags) {
        List<ReAst> items = new ArrayList<>();
        while (true) {
            int f = scopeFlags;
            if ((f & F_VERBOSE) != 0) {
                skipVerbose();
            }
            if (i >= p.length || p[i] == '|' || p[i] == ')') {
                break;
            }
            int start = i;
            int c = p[i++];
            ReAst item;
            switch (c) {
                case '[' -> item = set(start, f);
                case '.' -> item = new ReAst.Any((f & F_DOTALL) != 0);
                case '^' -> item = new ReAst.At((f & F_MULTILINE) != 0 ? ReNodes.AT_BEGIN_LINE : ReNodes.AT_BEGIN);
                case '$' -> item = new ReAst.At((f & F_MULTILINE) != 0 ? ReNodes.AT_END_LINE : ReNodes.AT_END);
                case '\\' -> item = escape(start, f);
                case '(' -> {
                    int[] newFlags = {0};
                    item = group(start, f, first && items.isEmpty(), newFlags);
                    if (item == null) {
                        // global flags: they apply from here on (and to the whole pattern)
                        scopeFlags |= newFlags[0];
                        continue;
                    }
                    if (item instanceof ReAst.Seq s && s.items().isEmpty() && p[start + 1] == '?' && p[start + 2] == '#') {
                        continue;   // a comment: a quantifier after it applies to the item before
                    }
                }
                case '*', '+', '?', '{' -> {
                    i = start;
                    if (c == '{' && braceRepeat() == null) {
                        i = start + 1;
                        item = new ReAst.Lit(c, fold(f));
                    } else {
                        // a quantifier not straight after its item (a comment or flags between)
                        i = start;
                        if (items.isEmpty()) {
                            throw error("nothing to repeat", start);
                        }
                        items.set(items.size() - 1, quantified(items.get(items.size() - 1), f));
                        continue;
                    }
                }
                default -> item = new ReAst.Lit(c, fold(f));
            }
            items.add(quantified(item, f));
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new ReAst.Seq(items);
    }

    /** Applies the quantifiers following an item (several in a row are a "multiple repeat"). */
    private ReAst quantified(ReAst item, int f) {
        while (true) {
            if ((f & F_VERBOSE) != 0) {
                skipVerbose();
            }
            int start = i;
            int c = peek();
            int min, max;
            if (c == '*') {
                i++;
                min = 0;
                max = ReAst.INF;
            } else if (c == '+') {
                i++;
                min = 1;
                max = ReAst.INF;
            } else if (c == '?') {
                i++;
                min = 0;
                max = 1;
            } else if (c == '{') {
                long[] mm = braceRepeat();
                if (mm == null) {
                    return item;
                }
                min = (int) Math.min(mm[0], ReAst.INF - 1);
                max = mm[1] < 0 ? ReAst.INF : (int) Math.min(mm[1], ReAst.INF - 1);
                if (mm[1] >= 0 && mm[1] < mm[0]) {
                    throw error("min repeat greater than max repeat", start + 1);
                }
            } else {
                return item;
            }
            if (item instanceof ReAst.At) {
                throw error("nothing to repeat", start);
            }
            if (item instanceof ReAst.Rep) {
                throw error("multiple repeat", start);
            }
            int mode = 0;
            if (peek() == '?') {
                i++;
                mode = 1;
            } else if (peek() == '+') {
                i++;
                mode = 2;
            }
            item = new ReAst.Rep(item, min, max, mode);
        }
    }

    /** Parses "{m,n}" at i (on '{'); returns {min, max or -1} and moves past it, or null (a literal). */
    private long[] braceRepeat() {
        int save = i;
        i++;
        long lo = 0, hi;
        int d0 = i;
        while (i < p.length && p[i] >= '0' && p[i] <= '9') {
            i++;
        }
        boolean hasLo = i > d0;
        if (hasLo) {
            lo = number(d0, i);
        }
        if (peek() == ',') {
            i++;
            int d1 = i;
            while (i < p.length && p[i] >= '0' && p[i] <= '9') {
                i++;
            }
            hi = i > d1 ? number(d1, i) : -1;
        } else {
            if (!hasLo) {
                i = save;
                return null;
            }
            hi = lo;
        }
        if (peek() != '}') {
            i = save;
            return null;
        }
        i++;
        return new long[] {lo, hi};
    }

    private long number(int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (p[k] - '0');
            if (v >= MAXREPEAT) {
                throw new Error("the repetition number is too large", -1, true);
            }
        }
        return v;
    }

    // ---- groups

    /**
     * After '('. Returns null for global inline flags (their bits in {@code newFlags[0]}).
     */
    private ReAst group(int start, int f, boolean mayBeGlobal, int[] newFlags) {
        if (peek() != '?') {
            int n = newGroup(null, start);
            ReAst body = closeGroup(start, f, n);
            return new ReAst.Group(n, body);
        }
        i++;
        if (!more()) {
            throw error("unexpected end of pattern", i);
        }
        int c = p[i++];
        switch (c) {
            case ':' -> {
                return new ReAst.Plain(closeGroup(start, f, -1));
            }
            case 'P' -> {
                if (!more()) {
                    throw error("unexpected end of pattern", i);
                }
                int d = p[i++];
                if (d == '<') {
                    String name = groupName('>', "missing >, unterminated name");
                    int n = newGroup(name, start);
                    return new ReAst.Group(n, closeGroup(start, f, n));
                }
                if (d == '=') {
                    int nameStart = i;
                    String name = groupName(')', "missing ), unterminated name");
                    Integer n = groupIndex.get(name);
                    if (n == null) {
                        throw error("unknown group name '" + name + "'", nameStart);
                    }
                    checkOpen(n, i - 1 - name.length(), name.length() + 1);
                    checkLookbehind(n, i);
                    return new ReAst.Backref(n, fold(f));
                }
                throw error("unknown extension ?P" + Character.toString(d), start + 1);
            }
            case '#' -> {
                while (more() && p[i] != ')') {
                    i++;
                }
                if (!more()) {
                    throw error("missing ), unterminated comment", start);
                }
                i++;
                return new ReAst.Seq(List.of());
            }
            case '=', '!' -> {
                ReAst body = closeGroup(start, f, -1);
                return new ReAst.Look(body, false, c == '!', 0);
            }
            case '<' -> {
                if (!more()) {
                    throw error("unexpected end of pattern", i);
                }
                int d = p[i++];
                if (d != '=' && d != '!') {
                    throw error("unknown extension ?<" + Character.toString(d), start + 1);
                }
                int saveLb = lookbehindGroups;
                if (lookbehindGroups < 0) {
                    lookbehindGroups = groups;
                }
                ReAst body = closeGroup(start, f, -1);
                lookbehindGroups = saveLb;
                int[] w = ReAst.width(body);
                if (w[0] != w[1]) {
                    throw error("look-behind requires fixed-width pattern", -1);
                }
                return new ReAst.Look(body, true, d == '!', w[0]);
            }
            case '>' -> {
                return new ReAst.Atomic(closeGroup(start, f, -1));
            }
            case '(' -> {
                return conditional(start, f);
            }
            default -> {
                if (c == '-' || FLAG_CHARS.indexOf(c) >= 0) {
                    return inlineFlags(c, start, f, mayBeGlobal, newFlags);
                }
                throw error("unknown extension ?" + Character.toString(c), i - 2);
            }
        }
    }

    private static final String FLAG_CHARS = "aiLmsux";

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> F_ASCII;
            case 'i' -> F_IGNORECASE;
            case 'L' -> F_LOCALE;
            case 'm' -> F_MULTILINE;
            case 's' -> F_DOTALL;
            case 'u' -> F_UNICODE;
            case 'x' -> F_VERBOSE;
            default -> 0;
        };
    }

    private static final int TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE;

    private ReAst inlineFlags(int c, int start, int f, boolean mayBeGlobal, int[] newFlags) {
        int add = 0, del = 0;
        if (c != '-') {
            while (true) {
                if (isStr && c == 'L') {
                    throw error("bad inline flags: cannot use 'L' flag with a str pattern", i);
                }
                if (!isStr && c == 'u') {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", i);
                }
                int bit = flagBit(c);
                add |= bit;
                if ((bit & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != bit) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i);
                }
                if (!more()) {
                    throw error("missing -, : or )", i);
                }
                c = p[i++];
                if (c == ')' || c == '-' || c == ':') {
                    break;
                }
                if (FLAG_CHARS.indexOf(c) < 0) {
                    throw error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", i - 1);
                }
            }
        }
        if (c == ')') {
            if (!mayBeGlobal) {
                throw error("global flags not at the start of the expression", start);
            }
            flags |= add;
            newFlags[0] = add;
            return null;
        }
        if (c == '-') {
            if (!more()) {
                throw error("missing flag", i);
            }
            c = p[i++];
            if (FLAG_CHARS.indexOf(c) < 0) {
                throw error(Character.isLetter(c) ? "unknown flag" : "missing flag", i - 1);
            }
            while (true) {
                int bit = flagBit(c);
                if ((bit & TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
                }
                del |= bit;
                if (!more()) {
                    throw error("missing :", i);
                }
                c = p[i++];
                if (c == ':') {
                    break;
                }
                if (FLAG_CHARS.indexOf(c) < 0) {
                    throw error(Character.isLetter(c) ? "unknown flag" : "missing :", i - 1);
                }
            }
        }
        if ((add & del) != 0) {
            throw error("bad inline flags: flag turned on and off", i - 1);
        }
        int g = (f | add) & ~del;
        if ((add & TYPE_FLAGS) != 0) {
            g = (g & ~TYPE_FLAGS) | (add & TYPE_FLAGS);
        }
        return new ReAst.Plain(closeGroup(start, g, -1));
    }

    private ReAst conditional(int start, int f) {
        int nameStart = i;
        String name = groupName(')', "missing ), unterminated name");
        int n;
        if (!name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            long v = 0;
            for (int k = 0; k < name.length() && v < MAXGROUPS; k++) {
                v = v * 10 + name.charAt(k) - '0';
            }
            if (v == 0) {
                throw error("bad group number", nameStart);
            }
            if (v >= MAXGROUPS) {
                throw error("invalid group reference " + name, nameStart);
            }
            n = (int) v;
            condRefs.add(new int[] {n, nameStart});
        } else {
            Integer g = groupIndex.get(name);
            if (g == null) {
                throw error("unknown group name '" + name + "'", nameStart);
            }
            n = g;
        }
        checkLookbehind(n, i);
        ReAst yes = sequence(false, f);
        ReAst no = new ReAst.Seq(List.of());
        if (peek() == '|') {
            i++;
            no = sequence(false, f);
            if (peek() == '|') {
                throw error("conditional backref with more than two branches", i);
            }
        }
        if (peek() != ')') {
            throw error("missing ), unterminated subpattern", start);
        }
        i++;
        return new ReAst.Cond(n, yes, no);
    }

    /** Reads a name up to {@code end} (consumed); checks it as a group name unless it is for a conditional. */
    private String groupName(int end, String unterminated) {
        int from = i;
        while (more() && p[i] != end) {
            i++;
        }
        if (!more()) {
            throw error(unterminated, from);
        }
        String name = str(from, i);
        i++;
        if (name.isEmpty()) {
            throw error("missing group name", from);
        }
        if (end == ')' && name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return name;    // a conditional's group number
        }
        if (!isIdentifier(name)) {
            throw error("bad character in group name '" + name + "'", from);
        }
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c0 = s.codePointAt(0);
        if (!(c0 == '_' || org.taipan.objects.TextAccess.isIdStart(c0))) {
            return false;
        }
        for (int k = Character.charCount(c0); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (!org.taipan.objects.TextAccess.isIdContinue(c)) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }

    private int newGroup(String name, int start) {
        int n = groups++;
        if (name != null) {
            Integer old = groupIndex.get(name);
            if (old != null) {
                throw error("redefinition of group name '" + name + "' as group " + n + "; was group " + old,
                        i - name.length() - 1);
            }
            groupIndex.put(name, n);
        }
        openGroups.add(n);
        return n;
    }

    /** Parses the body of a group up to its ')' (consumed); n > 0 closes capturing group n. */
    private ReAst closeGroup(int start, int f, int n) {
        ReAst body = alternationScoped(f);
        if (peek() != ')') {
            throw error("missing ), unterminated subpattern", start);
        }
        i++;
        if (n > 0) {
            openGroups.remove((Integer) n);
        }
        return body;
    }

    private ReAst alternationScoped(int f) {
        List<ReAst> alts = new ArrayList<>();
        while (true) {
            alts.add(sequence(false, f));
            if (peek() == '|') {
                i++;
                continue;
            }
            break;
        }
        return alts.size() == 1 ? alts.get(0) : new ReAst.Alt(alts);
    }

    private void checkOpen(int n, int pos, int len) {
        if (openGroups.contains(n)) {
            throw error("cannot refer to an open group", pos);
        }
    }

    private void checkLookbehind(int n, int pos) {
        if (lookbehindGroups >= 0 && n >= lookbehindGroups) {
            throw error("cannot refer to group defined in the same lookbehind subpattern", pos);
        }
    }

    // ---- escapes

    private ReAst escape(int start, int f) {
        if (!more()) {
            throw error("bad escape (end of pattern)", start);
        }
        int c = p[i++];
        boolean uni = unicode(f);
        switch (c) {
            case 'A' -> {
                return new ReAst.At(ReNodes.AT_BEGIN_STRING);
            }
            case 'Z' -> {
                return new ReAst.At(ReNodes.AT_END_STRING);
            }
            case 'b' -> {
                return new ReAst.At(uni ? ReNodes.AT_BOUNDARY_U : ReNodes.AT_BOUNDARY);
            }
            case 'B' -> {
                return new ReAst.At(uni ? ReNodes.AT_NON_BOUNDARY_U : ReNodes.AT_NON_BOUNDARY);
            }
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                ReChars.Set s = new ReChars.Set(ReChars.FOLD_NONE, uni);
                s.addCategory(categoryOf(c));
                return new ReAst.Cls(s.done());
            }
            default -> {
            }
        }
        if (c >= '1' && c <= '9') {
            // octal escape or group reference
            if (more() && p[i] >= '0' && p[i] <= '9') {
                if (c <= '7' && p[i] <= '7' && i + 1 < p.length && p[i + 1] >= '0' && p[i + 1] <= '7') {
                    int v = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                    i += 2;
                    if (v > 0377) {
                        throw error("octal escape value " + str(start, i) + " outside of range 0-0o377", start);
                    }
                    return new ReAst.Lit(v, fold(f));
                }
                i++;
            }
            int n = Integer.parseInt(str(start + 1, i));
            if (n < groups) {
                checkOpen(n, start, 0);
                checkLookbehind(n, i);
                return new ReAst.Backref(n, fold(f));
            }
            throw error("invalid group reference " + n, start + 1);
        }
        return new ReAst.Lit(escapeChar(c, start, false), fold(f));
    }

}
