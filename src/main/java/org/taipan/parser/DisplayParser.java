package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.List;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Dict;
import org.taipan.parser.ast.Expr.DictComp;
import org.taipan.parser.ast.Expr.GeneratorExp;
import org.taipan.parser.ast.Expr.ListComp;
import org.taipan.parser.ast.Expr.SetComp;
import org.taipan.parser.ast.Expr.Starred;
import org.taipan.parser.ast.Expr.Tuple;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Loc;

/**
 * The bracketed atoms (tuples, groups, list/set/dict displays and comprehensions) and call
 * arguments, with their second-pass invalid_ alternatives.
 */
abstract class DisplayParser extends ExpressionParser {

    DisplayParser(Tokenizer tokenizer, String filename, java.util.function.UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    @Override
    final Expr display() {
        return switch (kind()) {
            case LPAR -> callInvalid ? parenLiteral() : parenFast();
            case LSQB -> callInvalid ? bracketLiteral() : bracketFast();
            default -> callInvalid ? braceLiteral() : braceFast();
        };
    }

    // ---- first pass: one routine per bracket kind ------------------------------------------

    /** '(' : tuple | group | genexp, decided after the first element. */
    private Expr parenFast() {
        int start = pos;
        pos++;
        TokenKind k = kind();
        if (k == RPAR) {
            pos++;
            return new Tuple(List.of(), LOAD, loc(start));
        }
        if (k == YIELD) {
            Expr y = yieldExpr();
            if (y != null && accept(RPAR)) {
                return y;
            }
            pos = start;
            return null;
        }
        Expr first = starNamedExpression();
        if (first == null) {
            pos = start;
            return null;
        }
        switch (kind()) {
            case COMMA -> {
                pos++;
                List<Expr> elts = list();
                elts.add(first);
                List<Expr> rest = starNamedExpressions();
                if (rest != null) {
                    elts.addAll(rest);
                }
                if (accept(RPAR)) {
                    return new Tuple(elts, LOAD, loc(start));
                }
            }
            case RPAR -> {
                if (!(first instanceof Starred)) {
                    pos++;
                    return first;
                }
            }
            case FOR, ASYNC -> {
                if (!(first instanceof Starred)) {
                    List<Comprehension> gens = forIfClauses();
                    if (gens != null && accept(RPAR)) {
                        return new GeneratorExp(first, gens, loc(start));
                    }
                }
            }
            default -> {
            }
        }
        pos = start;
        return null;
    }

    /** '[' : list | listcomp. */
    private Expr bracketFast() {
        int start = pos;
        pos++;
        if (accept(RSQB)) {
            return new Expr.List(List.of(), LOAD, loc(start));
        }
        Expr first = starNamedExpression();
        if (first == null) {
            pos = start;
            return null;
        }
        TokenKind k = kind();
        if ((k == FOR || k == ASYNC) && !(first instanceof Starred)) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RSQB)) {
                return new ListComp(first, gens, loc(start));
            }
            pos = start;
            return null;
        }
        List<Expr> elts = list();
        elts.add(first);
        if (k == COMMA) {
            pos++;
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
        }
        if (accept(RSQB)) {
            return new Expr.List(elts, LOAD, loc(start));
        }
        pos = start;
        return null;
    }

    /** '{' : dict | set | dictcomp | setcomp. */
    private Expr braceFast() {
        int start = pos;
        Expr r = braceFastBody();
        if (r == null) {
            // dict's '{' invalid_double_starred_kvpairs '}' alternative is not limited to the
            // second pass; on valid input it never raises, so trying it last is the same.
            pos = start + 1;
            invalidDoubleStarredKvpairs();
            pos = start;
        }
        return r;
    }

    private Expr braceFastBody() {
        int start = pos;
        pos++;
        TokenKind k = kind();
        if (k == RBRACE) {
            pos++;
            return new Dict(List.of(), List.of(), loc(start));
        }
        if (k == DOUBLESTAR) {
            Expr d = dictRest(start, null, null);
            if (d == null) {
                pos = start;
            }
            return d;
        }
        if (k != STAR && !(k == NAME && kindAt(1) == COLONEQUAL)) {
            int m = pos;
            Expr key = expression();
            if (key == null) {
                pos = start;
                return null;
            }
            if (kind() == COLON) {
                pos++;
                Expr value = expression();
                if (value == null) {
                    pos = start;
                    return null;
                }
                TokenKind k2 = kind();
                if (k2 == FOR || k2 == ASYNC) {
                    List<Comprehension> gens = forIfClauses();
                    if (gens != null && accept(RBRACE)) {
                        return new DictComp(key, value, gens, loc(start));
                    }
                    pos = start;
                    return null;
                }
                Expr d = dictRest(start, key, value);
                if (d == null) {
                    pos = start;
                }
                return d;
            }
            pos = m;
        }
        Expr first = starNamedExpression();
        if (first == null) {
            pos = start;
            return null;
        }
        k = kind();
        if ((k == FOR || k == ASYNC) && !(first instanceof Starred)) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RBRACE)) {
                return new SetComp(first, gens, loc(start));
            }
            pos = start;
            return null;
        }
        List<Expr> elts = list();
        elts.add(first);
        if (k == COMMA) {
            pos++;
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
        }
        if (accept(RBRACE)) {
            return new Expr.Set(elts, loc(start));
        }
        pos = start;
        return null;
    }

    /** The rest of a dict display whose first pair (if any) is parsed; pos after that pair. */
    private Expr dictRest(int start, Expr key, Expr value) {
        List<Expr> keys = list();
        List<Expr> values = list();
        if (key != null) {
            keys.add(key);
            values.add(value);
            if (kind() == COMMA) {
                pos++;
                doubleStarredKvpairs(keys, values);
            }
        } else if (doubleStarredKvpairs(keys, values)) {
            // pairs parsed
        }
        if (accept(RBRACE)) {
            return new Dict(keys, values, loc(start));
        }
        return null;
    }

    /** ','.double_starred_kvpair+ [','] appended to keys/values; false if none. */
    private boolean doubleStarredKvpairs(List<Expr> keys, List<Expr> values) {
        boolean any = false;
        while (true) {
            int m = pos;
            if (!doubleStarredKvpair(keys, values)) {
                pos = m;
                break;
            }
            any = true;
            if (kind() != COMMA) {
                break;
            }
            pos++;
        }
        return any;
    }

    /** double_starred_kvpair: '**' bitwise_or | kvpair */
    private boolean doubleStarredKvpair(List<Expr> keys, List<Expr> values) {
        int start = pos;
        if (kind() == DOUBLESTAR) {
            pos++;
            Expr e = bitwiseOr();
            if (e == null) {
                pos = start;
                return false;
            }
            keys.add(null);
            values.add(e);
            return true;
        }
        Expr k = expression();
        if (k == null || kind() != COLON) {
            pos = start;
            return false;
        }
        pos++;
        Expr v = expression();
        if (v == null) {
            pos = start;
            return false;
        }
        keys.add(k);
        values.add(v);
        return true;
    }

    // ---- second pass: the literal alternatives -------------------------------------------

    private Expr parenLiteral() {
        int start = pos;
        Expr r = tupleLiteral();
        if (r != null) {
            return r;
        }
        pos = start;
        r = group();
        if (r != null) {
            return r;
        }
        pos = start;
        r = genexp();
        if (r != null) {
            return r;
        }
        pos = start;
        return null;
    }

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    @Override
    final Expr tupleLiteral() {
        int start = pos;
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> elts = list();
        int m = pos;
        Expr first = starNamedExpression();
        if (first != null && accept(COMMA)) {
            elts.add(first);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
        } else {
            pos = m;
        }
        if (accept(RPAR)) {
            return new Tuple(elts, LOAD, loc(start));
        }
        pos = start;
        return null;
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    private Expr group() {
        int start = pos;
        pos++;
        Expr e = kind() == YIELD ? yieldExpr() : namedExpression();
        if (e != null && accept(RPAR)) {
            return e;
        }
        pos = start;
        if (callInvalid) {
            pos++;
            Expr s = starredExpression();
            if (s != null && kind() == RPAR) {
                throw raiseAt(s.loc(), "cannot use starred expression here");
            }
            pos = start + 1;
            Token ds = tok();
            if (ds.kind() == DOUBLESTAR) {
                pos++;
                if (expression() != null && kind() == RPAR) {
                    throw raiseAt(ds, "cannot use double starred expression here");
                }
            }
            pos = start;
        }
        return null;
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    @Override
    final Expr genexp() {
        int start = pos;
        if (!accept(LPAR)) {
            if (callInvalid) {
                invalidComprehension();
            }
            return null;
        }
        Expr e = assignmentOrExpression();
        if (e != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RPAR)) {
                return new GeneratorExp(e, gens, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            invalidComprehension();
        }
        return null;
    }

    private Expr bracketLiteral() {
        int start = pos;
        Expr r = listLiteral();
        if (r != null) {
            return r;
        }
        pos = start;
        r = listcomp();
        if (r != null) {
            return r;
        }
        pos = start;
        return null;
    }

    /** list: '[' [star_named_expressions] ']' */
    @Override
    final Expr listLiteral() {
        int start = pos;
        if (!accept(LSQB)) {
            return null;
        }
        List<Expr> elts = starNamedExpressions();
        if (accept(RSQB)) {
            return new Expr.List(elts == null ? List.of() : elts, LOAD, loc(start));
        }
        pos = start;
        return null;
    }

    /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
    private Expr listcomp() {
        int start = pos;
        pos++;
        Expr e = namedExpression();
        if (e != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RSQB)) {
                return new ListComp(e, gens, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            invalidComprehension();
        }
        return null;
    }

    private Expr braceLiteral() {
        int start = pos;
        Expr r = dictLiteral();
        if (r != null) {
            return r;
        }
        pos = start;
        r = setLiteral();
        if (r != null) {
            return r;
        }
        pos = start;
        r = dictcomp();
        if (r != null) {
            return r;
        }
        pos = start;
        r = setcomp();
        if (r != null) {
            return r;
        }
        pos = start;
        return null;
    }

    /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
    private Expr dictLiteral() {
        int start = pos;
        pos++;
        List<Expr> keys = list();
        List<Expr> values = list();
        doubleStarredKvpairs(keys, values);
        if (accept(RBRACE)) {
            return new Dict(keys, values, loc(start));
        }
        // This alternative has more than the invalid_ rule, so CPython tries it in the
        // first pass too.
        pos = start + 1;
        invalidDoubleStarredKvpairs();
        pos = start;
        return null;
    }

    private void invalidDoubleStarredKvpairs() {
        int start = pos;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        List<Expr> ks = list();
        List<Expr> vs = list();
        if (doubleStarredKvpair(ks, vs)) {
            while (true) {
                int m = pos;
                if (!accept(COMMA) || !doubleStarredKvpair(ks, vs)) {
                    pos = m;
                    break;
                }
            }
            if (accept(COMMA)) {
                invalidKvpair();
            }
        }
        pos = start;
        // expression ':' '*' bitwise_or | expression ':' &('}'|',')
        Expr k = expression();
        if (k != null && accept(COLON)) {
            Token star = tok();
            if (star.kind() == STAR) {
                pos++;
                if (bitwiseOr() != null) {
                    throw raiseFrom(loc(star), "cannot use a starred expression in a dictionary value");
                }
            } else if (star.kind() == RBRACE || star.kind() == COMMA) {
                throw raiseAt(toks[pos - 1], "expression expected after dictionary key and ':'");
            }
        }
        pos = start;
    }

    private void invalidKvpair() {
        int start = pos;
        Expr a = expression();
        if (a != null) {
            if (kind() != COLON) {
                Loc l = a.loc();
                throw errorKnown("SyntaxError", "':' expected after dictionary key", l.lineno(), l.endColOffset(),
                        l.endLineno(), 0);
            }
            pos++;
            Token star = tok();
            if (star.kind() == STAR) {
                pos++;
                if (bitwiseOr() != null) {
                    throw raiseFrom(loc(star), "cannot use a starred expression in a dictionary value");
                }
            } else if (star.kind() == RBRACE || star.kind() == COMMA) {
                throw raiseAt(toks[pos - 1], "expression expected after dictionary key and ':'");
            }
        }
        pos = start;
    }

    /** set: '{' star_named_expressions '}' */
    private Expr setLiteral() {
        int start = pos;
        pos++;
        List<Expr> elts = starNamedExpressions();
        if (elts != null && accept(RBRACE)) {
            return new Expr.Set(elts, loc(start));
        }
        pos = start;
        return null;
    }

    /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
    private Expr dictcomp() {
        int start = pos;
        pos++;
        Expr k = expression();
        if (k != null && accept(COLON)) {
            Expr v = expression();
            if (v != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    return new DictComp(k, v, gens, loc(start));
                }
            }
        }
        pos = start + 1;
        Token ds = tok();
        if (callInvalid && ds.kind() == DOUBLESTAR) {
            pos++;
            if (bitwiseOr() != null && forIfClauses() != null && kind() == RBRACE) {
                throw raiseAt(ds, "dict unpacking cannot be used in dict comprehension");
            }
        }
        pos = start;
        return null;
    }

    /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
    private Expr setcomp() {
        int start = pos;
        pos++;
        Expr e = namedExpression();
        if (e != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RBRACE)) {
                return new SetComp(e, gens, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            invalidComprehension();
        }
        return null;
    }

    private void invalidComprehension() {
        int start = pos;
        TokenKind open = kind();
        if (open != LSQB && open != LPAR && open != LBRACE) {
            return;
        }
        pos++;
        Expr a = starredExpression();
        if (a != null && forIfClauses() != null) {
            throw raiseAt(a.loc(), "iterable unpacking cannot be used in comprehension");
        }
        pos = start;
        if (open != LPAR) {
            pos++;
            a = starNamedExpression();
            if (a != null && kind() == COMMA) {
                Token comma = tok();
                pos++;
                int m = pos;
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw raiseRange(a.loc(), b.get(b.size() - 1).loc(),
                            "did you forget parentheses around the comprehension target?");
                }
                pos = m;
                if (forIfClauses() != null) {
                    throw raiseRange(a.loc(), loc(comma), "did you forget parentheses around the comprehension target?");
                }
            }
            pos = start;
        }
    }

    // ==== comprehensions ===================================================================

    /** for_if_clauses: for_if_clause+ */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> r = null;
        while (true) {
            int m = pos;
            Comprehension c = forIfClause();
            if (c == null) {
                pos = m;
                break;
            }
            if (r == null) {
                r = list();
            }
            r.add(c);
        }
        return r;
    }

    /**
     * for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     * | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
     */
    private Comprehension forIfClause() {
        int start = pos;
        int isAsync = 0;
        if (kind() == ASYNC && kindAt(1) == FOR) {
            isAsync = 1;
            pos++;
        }
        if (kind() == FOR) {
            pos++;
            Expr target = starTargets();
            if (target != null && accept(IN)) {
                // cut: from here on, failure fails the whole rule
                Expr iter = disjunction();
                if (iter == null) {
                    pos = start;
                    return null;
                }
                List<Expr> ifs = List.of();
                while (kind() == IF) {
                    int m = pos;
                    pos++;
                    Expr c = disjunction();
                    if (c == null) {
                        pos = m;
                        break;
                    }
                    if (ifs.isEmpty()) {
                        ifs = list();
                    }
                    ifs.add(c);
                }
                return new Comprehension(target, iter, ifs, isAsync);
            }
        }
        pos = start;
        if (callInvalid) {
            invalidForTarget();
        }
        return null;
    }

    /** invalid_for_target: ASYNC? 'for' star_expressions */
    final void invalidForTarget() {
        int start = pos;
        accept(ASYNC);
        if (accept(FOR)) {
            starExpressionsForInvalidTarget();
        }
        pos = start;
    }

    // ==== call arguments ===================================================================

    /** arguments: args [','] &')' | invalid_arguments */
    @Override
    final CallArgs arguments() {
        int start = pos;
        if (memo(M_ARGUMENTS)) {
            Object m = memoGet(M_ARGUMENTS);
            if (m != null) {
                return isFail(m) ? null : (CallArgs) m;
            }
        }
        CallArgs a = args();
        if (a != null) {
            accept(COMMA);
            if (kind() != RPAR) {
                pos = start;
                a = null;
            }
        }
        if (a == null && callInvalid) {
            invalidArguments();
        }
        if (memo(M_ARGUMENTS)) {
            memoPut(M_ARGUMENTS, start, a);
        }
        return a;
    }

    /**
     * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
     * | kwargs. The positional part ends at the first keyword or '**'; after that '*x' is still
     * allowed until the first '**'.
     */
    final CallArgs args() {
        int start = pos;
        List<Expr> args = null;
        List<Keyword> kws = null;
        int phase = 0; // 0 positional, 1 keywords/'*', 2 keywords/'**'
        boolean first = true;
        while (true) {
            int m = pos;
            if (!first) {
                if (kind() != COMMA) {
                    break;
                }
                pos++;
            }
            int itemStart = pos;
            boolean ok = false;
            if (phase == 0) {
                Expr e = positionalArg();
                if (e != null) {
                    if (args == null) {
                        args = list();
                    }
                    args.add(e);
                    ok = true;
                } else {
                    pos = itemStart;
                    phase = 1;
                }
            }
            if (!ok && phase > 0) {
                if (callInvalid) {
                    invalidKwarg();
                }
                Token t = tok();
                if (t.kind() == NAME && kindAt(1) == EQUAL) {
                    pos += 2;
                    Expr v = expression();
                    if (v != null) {
                        if (kws == null) {
                            kws = list();
                        }
                        kws.add(new Keyword(t.text(), v, loc(itemStart)));
                        ok = true;
                    }
                } else if (t.kind() == STAR && phase == 1) {
                    Expr s = starredExpression();
                    if (s != null) {
                        if (args == null) {
                            args = list();
                        }
                        args.add(s);
                        ok = true;
                    }
                } else if (t.kind() == DOUBLESTAR) {
                    pos++;
                    Expr v = expression();
                    if (v != null) {
                        if (kws == null) {
                            kws = list();
                        }
                        kws.add(new Keyword(null, v, loc(itemStart)));
                        phase = 2;
                        ok = true;
                    }
                }
            }
            if (!ok) {
                pos = m;
                break;
            }
            first = false;
        }
        if (first) {
            pos = start;
            return null;
        }
        return new CallArgs(args == null ? List.of() : args, kws == null ? List.of() : kws, loc(start));
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private Expr positionalArg() {
        int start = pos;
        if (kind() == STAR) {
            return starredExpression();
        }
        Expr e = assignmentOrExpression();
        if (e == null) {
            return null;
        }
        if (kind() == EQUAL) {
            pos = start;
            return null;
        }
        return e;
    }

    private void invalidKwarg() {
        int start = pos;
        Token a = tok();
        if ((a.kind() == TRUE || a.kind() == FALSE || a.kind() == NONE) && kindAt(1) == EQUAL) {
            throw raiseRange(loc(a), loc(tokAt(1)), "cannot assign to " + a.kind().text);
        }
        if (a.kind() == NAME && kindAt(1) == EQUAL) {
            Token eq = tokAt(1);
            pos += 2;
            if (expression() != null && forIfClauses() != null) {
                throw raiseRange(loc(a), loc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = start;
            return;
        }
        Expr e = expression();
        if (e != null && kind() == EQUAL) {
            throw raiseRange(e.loc(), loc(tok()), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        pos = start;
    }

    private void invalidArguments() {
        int start = pos;
        // ((','.positional_item+ ',' kwargs) | kwargs) ',' a='*'
        boolean ok = false;
        if (positionalItems() > 0 && accept(COMMA) && kwargsLiteral()) {
            ok = true;
        } else {
            pos = start;
            ok = kwargsLiteral();
        }
        if (ok && accept(COMMA) && kind() == STAR) {
            throw raiseAt(tok(), "iterable argument unpacking follows keyword argument unpacking");
        }
        pos = start;
        CallArgs a;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && accept(COMMA)) {
                // [args | expression for_if_clauses]: parsed before the error is raised
                int m = pos;
                if (args() == null) {
                    pos = m;
                    if (expression() == null || forIfClauses() == null) {
                        pos = m;
                    }
                }
                throw raiseRange(e.loc(), lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        pos = start;
        // a=NAME b='=' expression for_if_clauses
        if (kind() == NAME && kindAt(1) == EQUAL) {
            Token n = tok();
            Token eq = tokAt(1);
            pos += 2;
            if (expression() != null && forIfClauses() != null) {
                throw raiseRange(loc(n), loc(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = start;
        }
        // a=args b=for_if_clauses
        a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                if (a.args().size() > 1) {
                    throw raiseRange(a.args().get(a.args().size() - 1).loc(), lastComprehensionItem(b),
                            "Generator expression must be parenthesized");
                }
            }
        }
        pos = start;
        // args ',' a=expression b=for_if_clauses
        a = args();
        if (a != null && accept(COMMA)) {
            e = expression();
            if (e != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw raiseRange(e.loc(), lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
        }
        pos = start;
        // a=args ',' args
        a = args();
        if (a != null && accept(COMMA) && args() != null) {
            boolean unpacking = false;
            for (Keyword k : a.keywords()) {
                if (k.arg() == null) {
                    unpacking = true;
                    break;
                }
            }
            throw raiseLast(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        pos = start;
    }

    /** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ : the count. */
    private int positionalItems() {
        int n = 0;
        while (true) {
            int m = pos;
            if (n > 0 && !accept(COMMA)) {
                break;
            }
            if (positionalArg() == null) {
                pos = m;
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+
     */
    private boolean kwargsLiteral() {
        int start = pos;
        if (kwargItems(true) > 0) {
            int m = pos;
            if (accept(COMMA) && kwargItems(false) > 0) {
                return true;
            }
            pos = m;
            return true;
        }
        pos = start;
        return kwargItems(false) > 0;
    }

    /** ','.kwarg_or_starred+ (starred) or ','.kwarg_or_double_starred+: the count. */
    private int kwargItems(boolean starred) {
        int n = 0;
        while (true) {
            int m = pos;
            if (n > 0 && !accept(COMMA)) {
                break;
            }
            if (callInvalid) {
                invalidKwarg();
            }
            boolean ok = false;
            int itemStart = pos;
            if (kind() == NAME && kindAt(1) == EQUAL) {
                pos += 2;
                ok = expression() != null;
            } else if (starred && kind() == STAR) {
                ok = starredExpression() != null;
            } else if (!starred && kind() == DOUBLESTAR) {
                pos++;
                ok = expression() != null;
            }
            if (!ok) {
                pos = m;
                break;
            }
            n++;
        }
        return n;
    }

    static Loc lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        if (c.ifs().isEmpty()) {
            return c.iter().loc();
        }
        return c.ifs().get(c.ifs().size() - 1).loc();
    }
}
