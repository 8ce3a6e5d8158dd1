package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Pattern;
import org.taipan.util.PyRepr;

/**
 * The checks CPython's code generator makes on one {@code case} pattern: irrefutable patterns
 * that hide later ones, names bound twice, alternatives binding different names, duplicate or
 * invalid mapping keys, repeated class-pattern attributes, several starred names. Like the
 * code generator, each pattern visited moves the current location to itself and does not
 * restore it, so an error found after a sub-pattern points at the last one compiled.
 */
final class PatternChecks {
    private final CodegenExprChecks c;
    /** Names bound so far by the pattern (CPython's pc->stores). */
    private List<String> stores = new ArrayList<>();
    /** Whether an irrefutable pattern is allowed here. */
    private boolean allowIrrefutable;

    PatternChecks(CodegenExprChecks c) {
        this.c = c;
    }

    void check(Pattern p, boolean allowIrrefutable) {
        this.allowIrrefutable = allowIrrefutable;
        pattern(p);
    }

    /** {@code _}: a capture pattern without a name. */
    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private void pattern(Pattern p) {
        c.setLoc(p.loc());
        switch (p) {
            case Pattern.MatchValue v -> {
                // After folding, a value pattern is a constant or a dotted name (f-strings are not).
                if (!(v.value() instanceof Expr.Attribute)
                        && ConstantFolding.fold(v.value()) == ConstantFolding.NOT_CONSTANT) {
                    throw c.errorHere("patterns may only match literals and attribute lookups");
                }
                c.expr(v.value());
            }
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> sequence(s.patterns());
            case Pattern.MatchMapping m -> mapping(m);
            case Pattern.MatchClass k -> classPattern(k);
            case Pattern.MatchStar s -> store(s.name());
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw c.errorHere(a.name() != null
                                ? "name capture " + PyRepr.str(a.name()) + " makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable");
                    }
                } else {
                    pattern(a.pattern());
                }
                store(a.name());
            }
            case Pattern.MatchOr o -> or(o.patterns());
        }
    }

    /** Sub-patterns of sequences, mappings and classes may be irrefutable. */
    private void subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = saved;
    }

    private void store(String name) {
        if (name == null) {
            return;
        }
        c.forbidden(name, ExprContext.Store);
        if (stores.contains(name)) {
            throw c.errorHere("multiple assignments to name " + PyRepr.str(name) + " in pattern");
        }
        stores.add(name);
    }

    private void sequence(List<Pattern> patterns) {
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar s) {
                if (star >= 0) {
                    throw c.errorHere("multiple starred names in sequence pattern");
                }
                starWildcard = s.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
            } else {
                onlyWildcard &= isWildcard(p);
            }
        }
        // CPython generates nothing for the wildcards it can skip.
        if (onlyWildcard) {
            return;
        }
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (starWildcard && (i == star || isWildcard(p))) {
                continue;
            }
            subpattern(p);
        }
    }

    private void mapping(Pattern.MatchMapping m) {
        List<Object> seen = new ArrayList<>();
        for (Expr key : m.keys()) {
            Object value = key instanceof Expr.Attribute ? ConstantFolding.NOT_CONSTANT : ConstantFolding.fold(key);
            if (value != ConstantFolding.NOT_CONSTANT) {
                for (Object s : seen) {
                    if (ConstantFolding.pyEquals(s, value)) {
                        throw c.errorHere("mapping pattern checks duplicate key (" + ConstantFolding.repr(value) + ")");
                    }
                }
                seen.add(value);
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.errorHere("mapping pattern keys may only match literals and attribute lookups");
            }
            c.expr(key);
        }
        for (Pattern p : m.patterns()) {
            subpattern(p);
        }
        store(m.rest());
    }

    private void classPattern(Pattern.MatchClass k) {
        List<String> attrs = k.kwdAttrs();
        if (!attrs.isEmpty()) {
            for (int i = 0; i < attrs.size(); i++) {
                c.setLoc(k.kwdPatterns().get(i).loc());
                c.forbidden(attrs.get(i), ExprContext.Store);
                for (int j = i + 1; j < attrs.size(); j++) {
                    if (attrs.get(i).equals(attrs.get(j))) {
                        c.setLoc(k.kwdPatterns().get(j).loc());
                        throw c.errorHere("attribute name repeated in class pattern: " + attrs.get(i));
                    }
                }
            }
            c.setLoc(k.loc());
        }
        c.expr(k.cls());
        List<Pattern> all = new ArrayList<>(k.patterns());
        all.addAll(k.kwdPatterns());
        for (Pattern p : all) {
            if (!isWildcard(p)) {
                subpattern(p);
            }
        }
    }

    private void or(List<Pattern> alternatives) {
        List<String> outer = stores;
        boolean outerAllow = allowIrrefutable;
        List<String> control = null;
        for (int i = 0; i < alternatives.size(); i++) {
            Pattern alt = alternatives.get(i);
            c.setLoc(alt.loc());
            stores = new ArrayList<>();
            // Only the last alternative may be irrefutable, and only if the whole may be.
            allowIrrefutable = i == alternatives.size() - 1 && outerAllow;
            pattern(alt);
            if (control == null) {
                control = stores;
            } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                throw c.errorHere("alternative patterns bind different names");
            }
        }
        stores = outer;
        allowIrrefutable = outerAllow;
        for (String name : control) {
            if (stores.contains(name)) {
                throw c.errorHere("multiple assignments to name " + PyRepr.str(name) + " in pattern");
            }
            stores.add(name);
        }
    }
}
