package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Attribute;
import org.taipan.parser.ast.Expr.Call;
import org.taipan.parser.ast.Expr.Lambda;
import org.taipan.parser.ast.Expr.Name;
import org.taipan.parser.ast.Expr.Starred;
import org.taipan.parser.ast.Expr.Subscript;
import org.taipan.parser.ast.Expr.Tuple;
import org.taipan.parser.ast.ExprContext;

/**
 * Assignment, deletion and loop targets (CPython's star_targets, single_target, del_targets
 * and t_primary rules), function and lambda parameter lists, and lambda expressions.
 */
abstract class TargetParser extends DisplayParser {

    TargetParser(Tokenizer tokenizer, String filename, java.util.function.UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    // ==== targets ==========================================================================

    final boolean tLookahead() {
        TokenKind k = kind();
        return k == LPAR || k == LSQB || k == DOT;
    }

    /** t_primary: an atom with suffixes, every prefix followed by '(' '[' or '.'. */
    final Expr tPrimary() {
        int start = pos;
        if (memo(M_T_PRIMARY)) {
            Object m = memoGet(M_T_PRIMARY);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr a = atom();
        if (a == null || !tLookahead()) {
            pos = start;
            a = null;
        } else {
            while (true) {
                int m = pos;
                Expr n = tPrimaryTrailer(a, start);
                if (n == null) {
                    pos = m;
                    break;
                }
                a = n;
            }
        }
        if (memo(M_T_PRIMARY)) {
            memoPut(M_T_PRIMARY, start, a);
        }
        return a;
    }

    private Expr tPrimaryTrailer(Expr a, int start) {
        int m = pos;
        if (callInvalid && (kind() == LSQB || kind() == LBRACE)) {
            genexp(); // t_primary genexp: see ExpressionParser.trailer
            pos = m;
        }
        if (kind() == LPAR) {
            Expr g = genexp();
            if (g != null && tLookahead()) {
                return new Call(a, List.of(g), List.of(), loc(start));
            }
            pos = m + 1;
            CallArgs args = arguments();
            if (accept(RPAR) && tLookahead()) {
                return args == null ? new Call(a, List.of(), List.of(), loc(start))
                        : new Call(a, args.args(), args.keywords(), loc(start));
            }
            return null;
        }
        Expr n = trailer(a, start);
        if (n != null && tLookahead()) {
            return n;
        }
        return null;
    }

    /**
     * The '.' NAME or '[' slices ']' suffix after a t_primary, not followed by a t_lookahead
     * token, as a target with context {@code ctx}; or null (pos unchanged).
     */
    private Expr targetSuffix(Expr tp, int start, ExprContext ctx) {
        int m = pos;
        if (kind() == DOT && kindAt(1) == NAME) {
            String name = tokAt(1).text();
            pos += 2;
            if (!tLookahead()) {
                return new Attribute(tp, name, ctx, loc(start));
            }
            pos = m;
            return null;
        }
        if (kind() == LSQB) {
            pos++;
            Expr s = slices();
            if (s != null && accept(RSQB) && !tLookahead()) {
                return new Subscript(tp, s, ctx, loc(start));
            }
            pos = m;
        }
        return null;
    }

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
    @Override
    final Expr starTargets() {
        int start = pos;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (kind() != COMMA) {
            return a;
        }
        List<Expr> elts = list();
        elts.add(a);
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            Expr b = starTarget();
            if (b == null) {
                pos = m;
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return new Tuple(elts, STORE, loc(start));
    }

    /** star_target: '*' (!'*' star_target) | target_with_star_atom */
    final Expr starTarget() {
        int start = pos;
        if (memo(M_STAR_TARGET)) {
            Object m = memoGet(M_STAR_TARGET);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r;
        if (kind() == STAR) {
            pos++;
            Expr a = kind() == STAR ? null : starTarget();
            if (a == null) {
                pos = start;
                r = null;
            } else {
                r = new Starred(a, STORE, loc(start));
            }
        } else {
            r = targetWithStarAtom();
        }
        if (memo(M_STAR_TARGET)) {
            memoPut(M_STAR_TARGET, start, r);
        }
        return r;
    }

    /** target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
    final Expr targetWithStarAtom() {
        int start = pos;
        if (memo(M_TARGET_STAR_ATOM)) {
            Object m = memoGet(M_TARGET_STAR_ATOM);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r = null;
        Expr tp = tPrimary();
        if (tp != null) {
            r = targetSuffix(tp, start, STORE);
            if (r == null) {
                pos = start;
            }
        }
        if (r == null) {
            r = starAtom();
        }
        if (memo(M_TARGET_STAR_ATOM)) {
            memoPut(M_TARGET_STAR_ATOM, start, r);
        }
        return r;
    }

    /**
     * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
     * | '[' [star_targets_list_seq] ']'
     */
    private Expr starAtom() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                pos++;
                return new Name(t.text(), STORE, loc(t));
            }
            case LPAR -> {
                pos++;
                Expr a = targetWithStarAtom();
                if (a != null && accept(RPAR)) {
                    return a;
                }
                pos = start + 1;
                List<Expr> elts = starTargetsSeq(true);
                if (accept(RPAR)) {
                    return new Tuple(elts == null ? List.of() : elts, STORE, loc(start));
                }
                pos = start;
                return null;
            }
            case LSQB -> {
                pos++;
                List<Expr> elts = starTargetsSeq(false);
                if (accept(RSQB)) {
                    return new Expr.List(elts == null ? List.of() : elts, STORE, loc(start));
                }
                pos = start;
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * star_targets_tuple_seq (needs a comma) or star_targets_list_seq: ','.star_target+ [','];
     * null (pos unchanged) if absent.
     */
    private List<Expr> starTargetsSeq(boolean tuple) {
        int start = pos;
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> elts = list();
        elts.add(a);
        boolean comma = false;
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            comma = true;
            Expr b = starTarget();
            if (b == null) {
                pos = m;
                break;
            }
            elts.add(b);
        }
        if (accept(COMMA)) {
            comma = true;
        }
        if (tuple && !comma) {
            pos = start;
            return null;
        }
        return elts;
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    final Expr singleTarget() {
        int start = pos;
        Expr r = singleSubscriptAttributeTarget();
        if (r != null) {
            return r;
        }
        Token t = tok();
        if (t.kind() == NAME) {
            pos++;
            return new Name(t.text(), STORE, loc(t));
        }
        if (t.kind() == LPAR) {
            pos++;
            Expr a = singleTarget();
            if (a != null && accept(RPAR)) {
                return a;
            }
            pos = start;
        }
        return null;
    }

    /** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
    final Expr singleSubscriptAttributeTarget() {
        int start = pos;
        Expr tp = tPrimary();
        if (tp == null) {
            return null;
        }
        Expr r = targetSuffix(tp, start, STORE);
        if (r == null) {
            pos = start;
        }
        return r;
    }

    /** del_targets: ','.del_target+ [','] */
    final List<Expr> delTargets() {
        Expr a = delTarget();
        if (a == null) {
            return null;
        }
        List<Expr> r = list();
        r.add(a);
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            Expr b = delTarget();
            if (b == null) {
                pos = m;
                break;
            }
            r.add(b);
        }
        accept(COMMA);
        return r;
    }

    /** del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
    private Expr delTarget() {
        int start = pos;
        if (memo(M_DEL_TARGET)) {
            Object m = memoGet(M_DEL_TARGET);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r = null;
        Expr tp = tPrimary();
        if (tp != null) {
            r = targetSuffix(tp, start, DEL);
            if (r == null) {
                pos = start;
            }
        }
        if (r == null) {
            r = delTAtom();
        }
        if (memo(M_DEL_TARGET)) {
            memoPut(M_DEL_TARGET, start, r);
        }
        return r;
    }

    /** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
    private Expr delTAtom() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                pos++;
                return new Name(t.text(), DEL, loc(t));
            }
            case LPAR -> {
                pos++;
                Expr a = delTarget();
                if (a != null && accept(RPAR)) {
                    return a;
                }
                pos = start + 1;
                List<Expr> elts = delTargets();
                if (accept(RPAR)) {
                    return new Tuple(elts == null ? List.of() : elts, DEL, loc(start));
                }
                pos = start;
                return null;
            }
            case LSQB -> {
                pos++;
                List<Expr> elts = delTargets();
                if (accept(RSQB)) {
                    return new Expr.List(elts == null ? List.of() : elts, DEL, loc(start));
                }
                pos = start;
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    final Expr starExpressionsForInvalidTarget() {
        Expr a = starExpressions();
        if (a != null) {
            raiseInvalidTarget(FOR_TARGETS, a);
        }
        return a;
    }

    // ==== lambda ===========================================================================

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    @Override
    final Expr lambdef() {
        int start = pos;
        if (!accept(LAMBDA)) {
            return null;
        }
        enter();
        try {
            Arguments args = params(true);
            if (args == null) {
                args = EMPTY_ARGS;
            }
            if (!accept(COLON)) {
                pos = start;
                return null;
            }
            Expr body = expression();
            if (body == null) {
                pos = start;
                return null;
            }
            return new Lambda(args, body, loc(start));
        } finally {
            leave();
        }
    }

    static final Arguments EMPTY_ARGS = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    // ==== parameters =======================================================================

    /**
     * params / lambda_params: invalid_parameters | parameters. Returns null (pos unchanged)
     * if there is no parameter list here; the caller then expects ')' or ':'.
     */
    final Arguments params(boolean lambda) {
        if (callInvalid) {
            invalidParameters(lambda);
        }
        int start = pos;
        Arguments a = parameters(lambda);
        if (a == null) {
            pos = start;
        }
        return a;
    }

    private boolean atParamEnd(boolean lambda) {
        return kind() == (lambda ? COLON : RPAR);
    }

    /** After a parameter: ',' (consumed) or the closing token (not consumed). */
    private boolean paramSep(boolean lambda) {
        if (accept(COMMA)) {
            return true;
        }
        return atParamEnd(lambda);
    }

    /** param: NAME annotation? (lambda_param: NAME). */
    private Arg param(boolean lambda) {
        int start = pos;
        Token n = tok();
        if (n.kind() != NAME) {
            return null;
        }
        pos++;
        Expr ann = null;
        if (!lambda && kind() == COLON) {
            int m = pos;
            pos++;
            ann = expression();
            if (ann == null) {
                pos = m;
            }
        }
        return new Arg(n.text(), ann, null, loc(start));
    }

    /** default: '=' expression | invalid_default; null (pos unchanged) if absent. */
    private Expr defaultValue() {
        int start = pos;
        if (kind() != EQUAL) {
            return null;
        }
        pos++;
        Expr e = expression();
        if (e == null) {
            pos = start;
            if (callInvalid) {
                TokenKind k = kindAt(1);
                if (k == RPAR || k == COMMA) {
                    throw raiseAt(tok(), "expected default value expression");
                }
            }
        }
        return e;
    }

    /**
     * parameters: the positional parameters (with an optional '/'), then star_etc. Defaults
     * may not be followed by a parameter without one before the '*'.
     */
    private Arguments parameters(boolean lambda) {
        List<Arg> posonly = List.of();
        List<Arg> args = list();
        List<Expr> defaults = list();
        boolean slash = false;
        while (kind() == NAME) {
            int m = pos;
            Arg p = param(lambda);
            Expr d = null;
            if (kind() == EQUAL) {
                d = defaultValue();
                if (d == null) {
                    pos = m;
                    break;
                }
            } else if (!defaults.isEmpty()) {
                pos = m;
                break;
            }
            if (!paramSep(lambda)) {
                pos = m;
                break;
            }
            args.add(p);
            if (d != null) {
                defaults.add(d);
            }
            if (kind() == SLASH && !slash) {
                int s = pos;
                pos++;
                if (!paramSep(lambda)) {
                    pos = s;
                    break;
                }
                slash = true;
                posonly = args;
                args = list();
            }
        }
        int starStart = pos;
        Arg vararg = null;
        List<Arg> kwonly = List.of();
        List<Expr> kwDefaults = List.of();
        Arg kwarg = null;
        boolean ok = true;
        if (callInvalid && kind() == STAR) {
            invalidStarEtc(lambda);
        }
        if (kind() == STAR) {
            pos++;
            if (accept(COMMA)) {
                kwonly = list();
                kwDefaults = list();
                if (!paramMaybeDefaults(lambda, kwonly, kwDefaults) || kwonly.isEmpty()) {
                    ok = false;
                }
            } else {
                vararg = varargParam(lambda);
                if (vararg == null) {
                    ok = false;
                } else {
                    kwonly = list();
                    kwDefaults = list();
                    paramMaybeDefaults(lambda, kwonly, kwDefaults);
                }
            }
            if (ok && kind() == DOUBLESTAR) {
                int m = pos;
                kwarg = kwds(lambda);
                if (kwarg == null) {
                    pos = m;
                }
            }
            if (!ok) {
                pos = starStart;
                vararg = null;
                kwonly = List.of();
                kwDefaults = List.of();
            }
        } else if (kind() == DOUBLESTAR) {
            kwarg = kwds(lambda);
            if (kwarg == null) {
                pos = starStart;
            }
        }
        if (posonly.isEmpty() && args.isEmpty() && vararg == null && kwonly.isEmpty() && kwarg == null) {
            return null;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** The parameter after '*': param_no_default or param_no_default_star_annotation. */
    private Arg varargParam(boolean lambda) {
        int start = pos;
        Token n = tok();
        if (n.kind() != NAME) {
            return null;
        }
        pos++;
        Expr ann = null;
        if (!lambda && kind() == COLON) {
            int m = pos;
            pos++;
            ann = starExpression();
            if (ann == null) {
                pos = m;
            }
        }
        Arg a = new Arg(n.text(), ann, null, loc(start));
        if (!paramSep(lambda)) {
            pos = start;
            return null;
        }
        return a;
    }

    /** param_maybe_default*: appends; false if one started but failed (pos restored to it). */
    private boolean paramMaybeDefaults(boolean lambda, List<Arg> names, List<Expr> defaults) {
        while (kind() == NAME) {
            int m = pos;
            Arg p = param(lambda);
            Expr d = null;
            if (kind() == EQUAL) {
                d = defaultValue();
                if (d == null) {
                    pos = m;
                    return true;
                }
            }
            if (!paramSep(lambda)) {
                pos = m;
                return true;
            }
            names.add(p);
            defaults.add(d);
        }
        return true;
    }

    /** kwds: '**' param_no_default */
    private Arg kwds(boolean lambda) {
        if (callInvalid) {
            invalidKwds(lambda);
        }
        int start = pos;
        if (!accept(DOUBLESTAR)) {
            return null;
        }
        Arg p = param(lambda);
        if (p == null || !paramSep(lambda)) {
            pos = start;
            return null;
        }
        return p;
    }

    // ---- second pass: parameter errors ----------------------------------------------------

    /** param_no_default: param ',' | param &')' (or &':' for lambdas). */
    private Arg paramNoDefault(boolean lambda) {
        int start = pos;
        Arg p = param(lambda);
        if (p == null) {
            return null;
        }
        if (!paramSep(lambda)) {
            pos = start;
            return null;
        }
        return p;
    }

    /** param_with_default: param default ',' | param default &')' */
    private Arg paramWithDefault(boolean lambda) {
        int start = pos;
        Arg p = param(lambda);
        if (p == null || kind() != EQUAL) {
            pos = start;
            return null;
        }
        if (defaultValue() == null || !paramSep(lambda)) {
            pos = start;
            return null;
        }
        return p;
    }

    /** param_maybe_default: param default? ',' | param default? &')' */
    private Arg paramMaybeDefault(boolean lambda) {
        int start = pos;
        Arg p = param(lambda);
        if (p == null) {
            return null;
        }
        if (kind() == EQUAL && defaultValue() == null) {
            pos = start;
            return null;
        }
        if (!paramSep(lambda)) {
            pos = start;
            return null;
        }
        return p;
    }

    private int countNoDefault(boolean lambda) {
        int n = 0;
        while (paramNoDefault(lambda) != null) {
            n++;
        }
        return n;
    }

    private int countWithDefault(boolean lambda) {
        int n = 0;
        while (paramWithDefault(lambda) != null) {
            n++;
        }
        return n;
    }

    private int countMaybeDefault(boolean lambda) {
        int n = 0;
        while (paramMaybeDefault(lambda) != null) {
            n++;
        }
        return n;
    }

    /** '/' followed by ',' or the closing token. */
    private boolean slashEnd(boolean lambda) {
        int m = pos;
        if (accept(SLASH) && paramSep(lambda)) {
            return true;
        }
        pos = m;
        return false;
    }

    /** slash_no_default: param_no_default+ '/' (',' | &')') */
    private boolean slashNoDefault(boolean lambda) {
        int start = pos;
        if (countNoDefault(lambda) > 0 && slashEnd(lambda)) {
            return true;
        }
        pos = start;
        return false;
    }

    /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
    private boolean slashWithDefault(boolean lambda) {
        int start = pos;
        countNoDefault(lambda);
        if (countWithDefault(lambda) > 0 && slashEnd(lambda)) {
            return true;
        }
        pos = start;
        return false;
    }

    private void invalidParameters(boolean lambda) {
        int start = pos;
        String what = lambda ? "Lambda expression parameters" : "Function parameters";
        // param_no_default* invalid_parameters_helper a=param_no_default
        countNoDefault(lambda);
        if (slashWithDefault(lambda) || countWithDefault(lambda) > 0) {
            Arg a = paramNoDefault(lambda);
            if (a != null) {
                throw raiseAt(a.loc(), "non-default argument follows default argument");
            }
        }
        pos = start;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        countNoDefault(lambda);
        Token lp = tok();
        if (lp.kind() == LPAR) {
            pos++;
            if (countNoDefaultInParens() > 0) {
                accept(COMMA);
                Token rp = tok();
                if (rp.kind() == RPAR) {
                    throw raiseRange(loc(lp), loc(rp), what + " cannot be parenthesized");
                }
            }
        }
        pos = start;
        // a="/" ','
        Token sl = tok();
        if (sl.kind() == SLASH && kindAt(1) == COMMA) {
            throw raiseAt(sl, "at least one argument must precede /");
        }
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (slashNoDefault(lambda) || slashWithDefault(lambda)) {
            countMaybeDefault(lambda);
            if (kind() == SLASH) {
                throw raiseAt(tok(), "/ may appear only once");
            }
        }
        pos = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* a='/'
        if (!slashNoDefault(lambda)) {
            slashWithDefault(lambda);
        }
        countMaybeDefault(lambda);
        if (accept(STAR)) {
            if (accept(COMMA) || paramNoDefault(lambda) != null) {
                countMaybeDefault(lambda);
                if (kind() == SLASH) {
                    throw raiseAt(tok(), "/ must be ahead of *");
                }
            }
        }
        pos = start;
        // param_maybe_default+ '/' a='*'
        if (countMaybeDefault(lambda) > 0 && accept(SLASH) && kind() == STAR) {
            throw raiseAt(tok(), "expected comma between / and *");
        }
        pos = start;
    }

    /** param_no_default+ inside parentheses: the closing token there is ')' for both kinds. */
    private int countNoDefaultInParens() {
        int n = 0;
        while (true) {
            int m = pos;
            Arg p = param(false);
            if (p == null || !(accept(COMMA) || kind() == RPAR)) {
                pos = m;
                break;
            }
            n++;
        }
        return n;
    }

    private void invalidStarEtc(boolean lambda) {
        int start = pos;
        Token star = tok();
        if (star.kind() != STAR) {
            return;
        }
        pos++;
        TokenKind end = lambda ? COLON : RPAR;
        // a='*' (')' | ',' (')' | '**'))
        if (kind() == end || (kind() == COMMA && (kindAt(1) == end || kindAt(1) == DOUBLESTAR))) {
            // def reports the '*', lambda the last token read
            throw lambda ? raiseLast("named arguments must follow bare *")
                    : raiseAt(star, "named arguments must follow bare *");
        }
        // '*' param a='='
        if (param(lambda) != null && kind() == EQUAL) {
            throw raiseAt(tok(), "var-positional argument cannot have default value");
        }
        pos = start + 1;
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if (paramNoDefault(lambda) != null || accept(COMMA)) {
            countMaybeDefault(lambda);
            Token a = tok();
            if (a.kind() == STAR) {
                pos++;
                if (paramNoDefault(lambda) != null || kind() == COMMA) {
                    throw raiseAt(a, "* argument may appear only once");
                }
            }
        }
        pos = start;
    }

    private void invalidKwds(boolean lambda) {
        int start = pos;
        if (!accept(DOUBLESTAR)) {
            return;
        }
        if (param(lambda) != null) {
            if (kind() == EQUAL) {
                throw raiseAt(tok(), "var-keyword argument cannot have default value");
            }
            if (accept(COMMA)) {
                int m = pos;
                Arg a = param(lambda);
                if (a != null) {
                    throw raiseAt(a.loc(), "arguments cannot follow var-keyword argument");
                }
                pos = m;
                TokenKind k = kind();
                if (k == STAR || k == DOUBLESTAR || k == SLASH) {
                    throw raiseAt(tok(), "arguments cannot follow var-keyword argument");
                }
            }
        }
        pos = start;
    }
}
