package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Attribute;
import org.taipan.parser.ast.Expr.Await;
import org.taipan.parser.ast.Expr.BinOp;
import org.taipan.parser.ast.Expr.BoolOp;
import org.taipan.parser.ast.Expr.Call;
import org.taipan.parser.ast.Expr.Compare;
import org.taipan.parser.ast.Expr.Constant;
import org.taipan.parser.ast.Expr.Dict;
import org.taipan.parser.ast.Expr.DictComp;
import org.taipan.parser.ast.Expr.GeneratorExp;
import org.taipan.parser.ast.Expr.IfExp;
import org.taipan.parser.ast.Expr.ListComp;
import org.taipan.parser.ast.Expr.Name;
import org.taipan.parser.ast.Expr.NamedExpr;
import org.taipan.parser.ast.Expr.SetComp;
import org.taipan.parser.ast.Expr.Slice;
import org.taipan.parser.ast.Expr.Starred;
import org.taipan.parser.ast.Expr.Subscript;
import org.taipan.parser.ast.Expr.Tuple;
import org.taipan.parser.ast.Expr.UnaryOp;
import org.taipan.parser.ast.Expr.Yield;
import org.taipan.parser.ast.Expr.YieldFrom;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.UnaryOperator;

/**
 * The expression rules of CPython 3.11's grammar. In the first pass the bracketed atoms are
 * parsed by one combined routine each (same language, no re-parsing); in the second pass
 * ({@link #callInvalid}) the grammar's alternatives are followed literally, in order, with the
 * {@code invalid_*} alternatives that produce the specific error messages.
 */
abstract class ExpressionParser extends ParserBase {
    static final ExprContext LOAD = ExprContext.Load, STORE = ExprContext.Store, DEL = ExprContext.Del;

    private HashMap<Integer, Object[]> stringsMemo;

    ExpressionParser(Tokenizer tokenizer, String filename, java.util.function.UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    // Rules provided by the layers above.
    abstract Expr lambdef();

    /** The atoms that start with '(', '[' or '{': tuples, groups, displays, comprehensions. */
    abstract Expr display();

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    abstract Expr genexp();

    /** arguments: args [','] &')' | invalid_arguments */
    abstract CallArgs arguments();

    /** list: '[' [star_named_expressions] ']' */
    abstract Expr listLiteral();

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    abstract Expr tupleLiteral();

    /** The positional and keyword arguments of a call. */
    record CallArgs(List<Expr> args, List<Keyword> keywords, Loc loc) {}

    abstract Expr starTargets();

    /** The target of {@code for}: like {@link #starTargets} plus CPython's FOR_TARGETS error. */
    abstract Expr starExpressionsForInvalidTarget();

    // ==== expressions ======================================================================

    /** expressions: expression (',' expression)+ [','] | expression ',' | expression */
    final Expr expressions() {
        int start = pos;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        if (kind() != COMMA) {
            return e;
        }
        List<Expr> elts = list();
        elts.add(e);
        while (kind() == COMMA) {
            pos++;
            int m = pos;
            Expr n = expression();
            if (n == null) {
                pos = m;
                break;
            }
            elts.add(n);
        }
        return new Tuple(elts, LOAD, loc(start));
    }

    final Expr expression() {
        int start = pos;
        if (memo(M_EXPRESSION)) {
            Object m = memoGet(M_EXPRESSION);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        enter();
        Expr r;
        try {
            if (callInvalid) {
                invalidExpression();
                invalidLegacyExpression();
            }
            r = expressionBody();
        } finally {
            leave();
        }
        if (memo(M_EXPRESSION)) {
            memoPut(M_EXPRESSION, start, r);
        }
        return r;
    }

    private Expr expressionBody() {
        int start = pos;
        if (kind() == LAMBDA) {
            return lambdef();
        }
        Expr a = disjunction();
        if (a == null) {
            return null;
        }
        if (kind() == IF) {
            int m = pos;
            pos++;
            Expr b = disjunction();
            if (b != null && kind() == ELSE) {
                pos++;
                Expr c = expression();
                if (c != null) {
                    return new IfExp(b, a, c, loc(start));
                }
            }
            pos = m;
        }
        return a;
    }

    /** expression_without_invalid: the same, with the invalid_ rules off underneath. */
    final Expr expressionWithoutInvalid() {
        boolean saved = callInvalid;
        callInvalid = false;
        try {
            return expressionBody();
        } finally {
            callInvalid = saved;
        }
    }

    private void invalidExpression() {
        int start = pos;
        Token t0 = tok();
        boolean skip = isSoftKeyword(t0) || (t0.kind() == NAME && kindAt(1) == STRING);
        if (!skip) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null && !isLegacy(a) && levels[pos - 1] != 0) {
                    throw raiseRange(a.loc(), b.loc(), "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            pos = start;
        }
        Expr a = disjunction();
        if (a != null && kind() == IF) {
            pos++;
            Expr b = disjunction();
            if (b != null && kind() != ELSE && kind() != COLON) {
                throw raiseRange(a.loc(), b.loc(), "expected 'else' after 'if' expression");
            }
        }
        pos = start;
    }

    private void invalidLegacyExpression() {
        int start = pos;
        if (kind() == NAME && kindAt(1) != LPAR) {
            Token n = tok();
            pos++;
            Expr b = starExpressions();
            if (b != null && isLegacyName(n.text())) {
                throw raiseRange(loc(n), b.loc(),
                        "Missing parentheses in call to '" + n.text() + "'. Did you mean " + n.text() + "(...)?");
            }
        }
        pos = start;
    }

    static boolean isLegacyName(String s) {
        return s.equals("print") || s.equals("exec");
    }

    static boolean isLegacy(Expr e) {
        return e instanceof Name n && isLegacyName(n.id());
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    final Expr yieldExpr() {
        int start = pos;
        if (!accept(YIELD)) {
            return null;
        }
        if (accept(FROM)) {
            Expr e = expression();
            if (e == null) {
                pos = start;
                return null;
            }
            return new YieldFrom(e, loc(start));
        }
        Expr e = starExpressions();
        return new Yield(e, loc(start));
    }

    final Expr starExpressions() {
        int start = pos;
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (kind() != COMMA) {
            return a;
        }
        List<Expr> elts = list();
        elts.add(a);
        while (kind() == COMMA) {
            pos++;
            int m = pos;
            Expr b = starExpression();
            if (b == null) {
                pos = m;
                break;
            }
            elts.add(b);
        }
        return new Tuple(elts, LOAD, loc(start));
    }

    /** star_expression: '*' bitwise_or | expression */
    final Expr starExpression() {
        int start = pos;
        if (memo(M_STAR_EXPRESSION)) {
            Object m = memoGet(M_STAR_EXPRESSION);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r;
        if (kind() == STAR) {
            pos++;
            Expr e = bitwiseOr();
            if (e == null) {
                pos = start;
                r = null;
            } else {
                r = new Starred(e, LOAD, loc(start));
            }
        } else {
            r = expression();
        }
        if (memo(M_STAR_EXPRESSION)) {
            memoPut(M_STAR_EXPRESSION, start, r);
        }
        return r;
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    final List<Expr> starNamedExpressions() {
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<Expr> elts = list();
        elts.add(a);
        while (kind() == COMMA) {
            pos++;
            int m = pos;
            Expr b = starNamedExpression();
            if (b == null) {
                pos = m;
                break;
            }
            elts.add(b);
        }
        return elts;
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    final Expr starNamedExpression() {
        int start = pos;
        if (kind() == STAR) {
            pos++;
            Expr e = bitwiseOr();
            if (e == null) {
                pos = start;
                return null;
            }
            return new Starred(e, LOAD, loc(start));
        }
        return namedExpression();
    }

    /** assignment_expression: NAME ':=' ~ expression */
    final Expr assignmentExpression() {
        int start = pos;
        if (kind() != NAME || kindAt(1) != COLONEQUAL) {
            return null;
        }
        Token n = tok();
        pos += 2;
        Expr v = expression();
        if (v == null) {
            pos = start;
            return null;
        }
        return new NamedExpr(new Name(n.text(), STORE, loc(n)), v, loc(start));
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    final Expr namedExpression() {
        int start = pos;
        Expr r = assignmentExpression();
        if (r != null) {
            return r;
        }
        if (callInvalid) {
            invalidNamedExpression();
        }
        return expressionNoWalrus();
    }

    /** expression !':=' */
    final Expr expressionNoWalrus() {
        int start = pos;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        if (kind() == COLONEQUAL) {
            pos = start;
            return null;
        }
        return e;
    }

    /** (assignment_expression | expression !':=') */
    final Expr assignmentOrExpression() {
        Expr r = assignmentExpression();
        return r != null ? r : expressionNoWalrus();
    }

    private void invalidNamedExpression() {
        int start = pos;
        Object m = memoGet(M_INVALID_NAMED);
        if (m != null) {
            pos = start;
            return;
        }
        Expr a = expression();
        if (a != null && kind() == COLONEQUAL) {
            pos++;
            if (expression() != null) {
                throw raiseAt(a.loc(), "cannot use assignment expressions with " + exprName(a));
            }
        }
        pos = start;
        if (kind() == NAME && kindAt(1) == EQUAL) {
            Token n = tok();
            pos += 2;
            Expr b = bitwiseOr();
            if (b != null && kind() != EQUAL && kind() != COLONEQUAL) {
                throw raiseRange(loc(n), b.loc(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = start;
        }
        boolean excluded;
        TokenKind k = kind();
        if (k == TRUE || k == NONE || k == FALSE) {
            excluded = true;
        } else {
            excluded = listLiteral() != null;
            pos = start;
            if (!excluded) {
                excluded = tupleLiteral() != null;
                pos = start;
            }
            if (!excluded) {
                excluded = genexp() != null;
                pos = start;
            }
        }
        if (!excluded) {
            a = bitwiseOr();
            if (a != null && kind() == EQUAL) {
                pos++;
                Expr b = bitwiseOr();
                if (b != null && kind() != EQUAL && kind() != COLONEQUAL) {
                    throw raiseAt(a.loc(), "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
                }
            }
            pos = start;
        }
        memoPut(M_INVALID_NAMED, start, null);
    }

    final Expr disjunction() {
        int start = pos;
        if (memo(M_DISJUNCTION)) {
            Object m = memoGet(M_DISJUNCTION);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r = conjunction();
        if (r != null && kind() == OR) {
            List<Expr> vals = list();
            vals.add(r);
            while (kind() == OR) {
                int m = pos;
                pos++;
                Expr b = conjunction();
                if (b == null) {
                    pos = m;
                    break;
                }
                vals.add(b);
            }
            if (vals.size() > 1) {
                r = new BoolOp(BoolOperator.Or, vals, loc(start));
            }
        }
        if (memo(M_DISJUNCTION)) {
            memoPut(M_DISJUNCTION, start, r);
        }
        return r;
    }

    final Expr conjunction() {
        int start = pos;
        if (memo(M_CONJUNCTION)) {
            Object m = memoGet(M_CONJUNCTION);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r = inversion();
        if (r != null && kind() == AND) {
            List<Expr> vals = list();
            vals.add(r);
            while (kind() == AND) {
                int m = pos;
                pos++;
                Expr b = inversion();
                if (b == null) {
                    pos = m;
                    break;
                }
                vals.add(b);
            }
            if (vals.size() > 1) {
                r = new BoolOp(BoolOperator.And, vals, loc(start));
            }
        }
        if (memo(M_CONJUNCTION)) {
            memoPut(M_CONJUNCTION, start, r);
        }
        return r;
    }

    final Expr inversion() {
        int start = pos;
        if (memo(M_INVERSION)) {
            Object m = memoGet(M_INVERSION);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r;
        if (kind() == NOT) {
            enter();
            try {
                pos++;
                Expr e = inversion();
                if (e == null) {
                    pos = start;
                    r = null;
                } else {
                    r = new UnaryOp(UnaryOperator.Not, e, loc(start));
                }
            } finally {
                leave();
            }
        } else {
            r = comparison();
        }
        if (memo(M_INVERSION)) {
            memoPut(M_INVERSION, start, r);
        }
        return r;
    }

    final Expr comparison() {
        int start = pos;
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comps = null;
        while (true) {
            int m = pos;
            CmpOp op;
            Token t = tok();
            switch (t.kind()) {
                case EQEQUAL -> op = CmpOp.Eq;
                case NOTEQUAL -> op = t.text().equals("<>") ? null : CmpOp.NotEq;
                case LESSEQUAL -> op = CmpOp.LtE;
                case LESS -> op = CmpOp.Lt;
                case GREATEREQUAL -> op = CmpOp.GtE;
                case GREATER -> op = CmpOp.Gt;
                case IN -> op = CmpOp.In;
                case NOT -> {
                    if (kindAt(1) == IN) {
                        pos++;
                        op = CmpOp.NotIn;
                    } else {
                        op = null;
                    }
                }
                case IS -> {
                    if (kindAt(1) == NOT) {
                        pos++;
                        op = CmpOp.IsNot;
                    } else {
                        op = CmpOp.Is;
                    }
                }
                default -> op = null;
            }
            if (op == null) {
                pos = m;
                break;
            }
            pos++;
            Expr b = bitwiseOr();
            if (b == null) {
                pos = m;
                break;
            }
            if (ops == null) {
                ops = list();
                comps = list();
            }
            ops.add(op);
            comps.add(b);
        }
        if (ops == null) {
            return a;
        }
        return new Compare(a, ops, comps, loc(start));
    }

    final Expr bitwiseOr() {
        int start = pos;
        if (memo(M_BITWISE_OR)) {
            Object m = memoGet(M_BITWISE_OR);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr a = bitwiseXor();
        if (a != null) {
            while (kind() == VBAR) {
                int m = pos;
                pos++;
                Expr b = bitwiseXor();
                if (b == null) {
                    pos = m;
                    break;
                }
                a = new BinOp(a, Operator.BitOr, b, loc(start));
            }
        }
        if (memo(M_BITWISE_OR)) {
            memoPut(M_BITWISE_OR, start, a);
        }
        return a;
    }

    private Expr bitwiseXor() {
        int start = pos;
        Expr a = bitwiseAnd();
        if (a == null) {
            return null;
        }
        while (kind() == CIRCUMFLEX) {
            int m = pos;
            pos++;
            Expr b = bitwiseAnd();
            if (b == null) {
                pos = m;
                break;
            }
            a = new BinOp(a, Operator.BitXor, b, loc(start));
        }
        return a;
    }

    private Expr bitwiseAnd() {
        int start = pos;
        Expr a = shiftExpr();
        if (a == null) {
            return null;
        }
        while (kind() == AMPER) {
            int m = pos;
            pos++;
            Expr b = shiftExpr();
            if (b == null) {
                pos = m;
                break;
            }
            a = new BinOp(a, Operator.BitAnd, b, loc(start));
        }
        return a;
    }

    private Expr shiftExpr() {
        int start = pos;
        Expr a = sum();
        if (a == null) {
            return null;
        }
        while (true) {
            TokenKind k = kind();
            Operator op = k == LEFTSHIFT ? Operator.LShift : k == RIGHTSHIFT ? Operator.RShift : null;
            if (op == null) {
                break;
            }
            int m = pos;
            pos++;
            Expr b = sum();
            if (b == null) {
                pos = m;
                break;
            }
            a = new BinOp(a, op, b, loc(start));
        }
        return a;
    }

    private Expr sum() {
        int start = pos;
        Expr a = term();
        if (a == null) {
            return null;
        }
        while (true) {
            TokenKind k = kind();
            Operator op = k == PLUS ? Operator.Add : k == MINUS ? Operator.Sub : null;
            if (op == null) {
                break;
            }
            int m = pos;
            pos++;
            Expr b = term();
            if (b == null) {
                pos = m;
                break;
            }
            a = new BinOp(a, op, b, loc(start));
        }
        return a;
    }

    private Expr term() {
        int start = pos;
        Expr a = factor();
        if (a == null) {
            return null;
        }
        while (true) {
            Operator op;
            switch (kind()) {
                case STAR -> op = Operator.Mult;
                case SLASH -> op = Operator.Div;
                case DOUBLESLASH -> op = Operator.FloorDiv;
                case PERCENT -> op = Operator.Mod;
                case AT -> op = Operator.MatMult;
                default -> op = null;
            }
            if (op == null) {
                break;
            }
            int m = pos;
            pos++;
            Expr b = factor();
            if (b == null) {
                pos = m;
                break;
            }
            a = new BinOp(a, op, b, loc(start));
        }
        return a;
    }

    final Expr factor() {
        int start = pos;
        UnaryOperator op;
        switch (kind()) {
            case PLUS -> op = UnaryOperator.UAdd;
            case MINUS -> op = UnaryOperator.USub;
            case TILDE -> op = UnaryOperator.Invert;
            default -> op = null;
        }
        if (op == null) {
            return power();
        }
        if (memo(M_FACTOR)) {
            Object m = memoGet(M_FACTOR);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr r;
        enter();
        try {
            pos++;
            Expr e = factor();
            if (e == null) {
                pos = start;
                r = null;
            } else {
                r = new UnaryOp(op, e, loc(start));
            }
        } finally {
            leave();
        }
        if (memo(M_FACTOR)) {
            memoPut(M_FACTOR, start, r);
        }
        return r;
    }

    private Expr power() {
        int start = pos;
        Expr a = awaitPrimary();
        if (a == null) {
            return null;
        }
        if (kind() == DOUBLESTAR) {
            int m = pos;
            pos++;
            enter();
            try {
                Expr b = factor();
                if (b != null) {
                    return new BinOp(a, Operator.Pow, b, loc(start));
                }
            } finally {
                leave();
            }
            pos = m;
        }
        return a;
    }

    private Expr awaitPrimary() {
        int start = pos;
        if (kind() == AWAIT) {
            pos++;
            Expr e = primary();
            if (e == null) {
                pos = start;
                return null;
            }
            return new Await(e, loc(start));
        }
        return primary();
    }

    /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
    final Expr primary() {
        int start = pos;
        if (memo(M_PRIMARY)) {
            Object m = memoGet(M_PRIMARY);
            if (m != null) {
                return isFail(m) ? null : (Expr) m;
            }
        }
        Expr a = atom();
        if (a != null) {
            while (true) {
                Expr n = trailer(a, start);
                if (n == null) {
                    break;
                }
                a = n;
            }
        }
        if (memo(M_PRIMARY)) {
            memoPut(M_PRIMARY, start, a);
        }
        return a;
    }

    /** One primary suffix applied to {@code a} (which started at {@code start}), or null. */
    final Expr trailer(Expr a, int start) {
        int m = pos;
        TokenKind k = kind();
        if (callInvalid && (k == LSQB || k == LBRACE)) {
            // primary genexp: genexp's invalid_comprehension alternative also starts with
            // '[' or '{', so the second pass tries it after any primary.
            genexp();
            pos = m;
        }
        switch (k) {
            case DOT -> {
                if (kindAt(1) == NAME) {
                    String name = tokAt(1).text();
                    pos += 2;
                    return new Attribute(a, name, LOAD, loc(start));
                }
                return null;
            }
            case LPAR -> {
                return callTrailer(a, start);
            }
            case LSQB -> {
                pos++;
                Expr s = slices();
                if (s != null && accept(RSQB)) {
                    return new Subscript(a, s, LOAD, loc(start));
                }
                pos = m;
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private Expr callTrailer(Expr a, int start) {
        int m = pos;
        if (callInvalid) {
            // Literal order: genexp first, then '(' [arguments] ')'.
            Expr g = genexp();
            if (g != null) {
                return new Call(a, List.of(g), List.of(), loc(start));
            }
            pos = m;
            Expr c = callArgs(a, start);
            if (c == null) {
                pos = m;
            }
            return c;
        }
        // The two alternatives never both succeed, so try the common one first.
        Expr c = callArgs(a, start);
        if (c != null) {
            return c;
        }
        pos = m;
        Expr g = genexp();
        if (g != null) {
            return new Call(a, List.of(g), List.of(), loc(start));
        }
        pos = m;
        return null;
    }

    private Expr callArgs(Expr a, int start) {
        pos++; // '('
        CallArgs args = arguments();
        if (!accept(RPAR)) {
            return null;
        }
        if (args == null) {
            return new Call(a, List.of(), List.of(), loc(start));
        }
        return new Call(a, args.args(), args.keywords(), loc(start));
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    final Expr slices() {
        int start = pos;
        Expr a = slice();
        if (a != null && kind() != COMMA) {
            return a;
        }
        if (a == null) {
            a = starredExpression();
            if (a == null) {
                return null;
            }
        }
        List<Expr> elts = list();
        elts.add(a);
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            Expr e = slice();
            if (e == null) {
                e = starredExpression();
            }
            if (e == null) {
                pos = m;
                break;
            }
            elts.add(e);
        }
        accept(COMMA);
        return new Tuple(elts, LOAD, loc(start));
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        int start = pos;
        Expr lower = expression();
        if (kind() == COLON) {
            pos++;
            Expr upper = expression();
            Expr step = null;
            if (kind() == COLON) {
                pos++;
                step = expression();
            }
            return new Slice(lower, upper, step, loc(start));
        }
        if (lower != null && !callInvalid && kind() != COLONEQUAL) {
            return lower; // named_expression would parse the same expression again
        }
        pos = start;
        return namedExpression();
    }

    /** starred_expression: '*' expression */
    final Expr starredExpression() {
        int start = pos;
        if (kind() != STAR) {
            return null;
        }
        pos++;
        Expr e = expression();
        if (e == null) {
            pos = start;
            return null;
        }
        return new Starred(e, LOAD, loc(start));
    }

    // ==== atoms ============================================================================

    final Expr atom() {
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                pos++;
                return new Name(t.text(), LOAD, loc(t));
            }
            case TRUE -> {
                pos++;
                return new Constant(Boolean.TRUE, null, loc(t));
            }
            case FALSE -> {
                pos++;
                return new Constant(Boolean.FALSE, null, loc(t));
            }
            case NONE -> {
                pos++;
                return new Constant(ConstantValue.NONE, null, loc(t));
            }
            case ELLIPSIS -> {
                pos++;
                return new Constant(ConstantValue.ELLIPSIS, null, loc(t));
            }
            case NUMBER -> {
                pos++;
                return new Constant(Numbers.parse(t.text()), null, loc(t));
            }
            case STRING -> {
                return strings();
            }
            case LPAR, LSQB, LBRACE -> {
                enter();
                try {
                    return display();
                } finally {
                    leave();
                }
            }
            default -> {
                return null;
            }
        }
    }

    /** strings: STRING+ (memoised: a string's value is computed once). */
    final Expr strings() {
        int start = pos;
        if (stringsMemo != null) {
            Object[] e = stringsMemo.get(start);
            if (e != null) {
                pos = (Integer) e[1];
                return (Expr) e[0];
            }
        }
        List<Token> parts = new ArrayList<>(2);
        while (kind() == STRING) {
            parts.add(tok());
            pos++;
        }
        Expr r = Strings.concatenate(parts, this);
        if (stringsMemo == null) {
            stringsMemo = new HashMap<>();
        }
        stringsMemo.put(start, new Object[] {r, pos});
        return r;
    }

    // ==== error helpers ====================================================================

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case Expr.List l -> "list";
            case Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE) {
                    yield "None";
                } else if (v == Boolean.FALSE) {
                    yield "False";
                } else if (v == Boolean.TRUE) {
                    yield "True";
                } else if (v == ConstantValue.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    static final int STAR_TARGETS = 0, DEL_TARGETS = 1, FOR_TARGETS = 2;

    /** CPython's _PyPegen_get_invalid_target. */
    static Expr invalidTarget(Expr e, int type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            case Starred s -> {
                if (type == DEL_TARGETS) {
                    return e;
                }
                return invalidTarget(s.value(), type);
            }
            case Compare c -> {
                if (type == FOR_TARGETS) {
                    if (c.ops().get(0) == CmpOp.In) {
                        return invalidTarget(c.left(), type);
                    }
                    return null;
                }
                return e;
            }
            case Name n -> {
                return null;
            }
            case Subscript s -> {
                return null;
            }
            case Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: throws if {@code e} holds an invalid target. */
    final void raiseInvalidTarget(int type, Expr e) {
        Expr t = invalidTarget(e, type);
        if (t != null) {
            String msg = type == DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw raiseAt(t.loc(), msg + exprName(t));
        }
    }

    // ==== expression -> target conversion (first-pass assignments) =========================

    /**
     * {@code e} (parsed as an expression) with Store context if it is a valid star_targets
     * target, else null. Parentheses do not show in the AST, and the target grammar accepts
     * exactly the expressions rebuilt here.
     */
    static Expr toStore(Expr e, boolean starOk) {
        switch (e) {
            case Name n -> {
                return new Name(n.id(), STORE, n.loc());
            }
            case Attribute a -> {
                return new Attribute(a.value(), a.attr(), STORE, a.loc());
            }
            case Subscript s -> {
                return new Subscript(s.value(), s.slice(), STORE, s.loc());
            }
            case Starred s -> {
                if (!starOk) {
                    return null;
                }
                Expr v = toStore(s.value(), false);
                return v == null ? null : new Starred(v, STORE, s.loc());
            }
            case Tuple t -> {
                List<Expr> elts = storeElts(t.elts());
                return elts == null ? null : new Tuple(elts, STORE, t.loc());
            }
            case Expr.List l -> {
                List<Expr> elts = storeElts(l.elts());
                return elts == null ? null : new Expr.List(elts, STORE, l.loc());
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Expr> storeElts(List<Expr> elts) {
        List<Expr> r = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr s = toStore(x, true);
            if (s == null) {
                return null;
            }
            r.add(s);
        }
        return r;
    }

}
