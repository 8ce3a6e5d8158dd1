package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.List;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Attribute;
import org.taipan.parser.ast.Expr.Name;
import org.taipan.parser.ast.Expr.Subscript;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.Stmt.*;

/** The simple statements: assignments and expression statements, imports, and the rest. */
abstract class StatementParser extends PatternParser {

    StatementParser(Tokenizer tokenizer, String filename, java.util.function.UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
    final boolean simpleStmts(List<Stmt> out) {
        int start = pos;
        Stmt s = simpleStmt();
        if (s == null) {
            return false;
        }
        if (accept(NEWLINE)) {
            out.add(s);
            return true;
        }
        int n = out.size();
        out.add(s);
        while (kind() == SEMI) {
            int m = pos;
            pos++;
            Stmt t = simpleStmt();
            if (t == null) {
                pos = m;
                break;
            }
            out.add(t);
        }
        accept(SEMI);
        if (accept(NEWLINE)) {
            return true;
        }
        while (out.size() > n) {
            out.remove(out.size() - 1);
        }
        pos = start;
        return false;
    }

    private Stmt simpleStmt() {
        int start = pos;
        if (memo(M_SIMPLE_STMT)) {
            Object m = memoGet(M_SIMPLE_STMT);
            if (m != null) {
                return isFail(m) ? null : (Stmt) m;
            }
        }
        Stmt r = simpleStmtBody();
        if (r == null) {
            pos = start;
        }
        if (memo(M_SIMPLE_STMT)) {
            memoPut(M_SIMPLE_STMT, start, r);
        }
        return r;
    }

    private Stmt simpleStmtBody() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case RETURN -> {
                pos++;
                Expr v = starExpressions();
                return new Return(v, loc(start));
            }
            case IMPORT -> {
                return importName();
            }
            case FROM -> {
                return importFrom();
            }
            case RAISE -> {
                pos++;
                Expr exc = expression();
                Expr cause = null;
                if (exc != null && kind() == FROM) {
                    int m = pos;
                    pos++;
                    cause = expression();
                    if (cause == null) {
                        pos = m;
                    }
                }
                return new Raise(exc, cause, loc(start));
            }
            case PASS -> {
                pos++;
                return new Pass(loc(start));
            }
            case BREAK -> {
                pos++;
                return new Break(loc(start));
            }
            case CONTINUE -> {
                pos++;
                return new Continue(loc(start));
            }
            case DEL -> {
                return delStmt();
            }
            case YIELD -> {
                if (callInvalid) {
                    // assignment (and its invalid_ alternatives) is tried first
                    Stmt a = assignmentLiteral();
                    if (a != null) {
                        return a;
                    }
                    pos = start;
                }
                Expr y = yieldExpr();
                return y == null ? null : new ExprStmt(y, loc(start));
            }
            case ASSERT -> {
                pos++;
                Expr test = expression();
                if (test == null) {
                    pos = start;
                    return null;
                }
                Expr msg = null;
                if (kind() == COMMA) {
                    int m = pos;
                    pos++;
                    msg = expression();
                    if (msg == null) {
                        pos = m;
                    }
                }
                return new Assert(test, msg, loc(start));
            }
            case GLOBAL, NONLOCAL -> {
                pos++;
                List<String> names = list();
                Token n = expect(NAME);
                if (n == null) {
                    pos = start;
                    return null;
                }
                names.add(n.text());
                while (kind() == COMMA && kindAt(1) == NAME) {
                    names.add(tokAt(1).text());
                    pos += 2;
                }
                return t.kind() == GLOBAL ? new Global(names, loc(start)) : new Nonlocal(names, loc(start));
            }
            default -> {
                if (callInvalid) {
                    Stmt a = assignmentLiteral();
                    if (a != null) {
                        return a;
                    }
                    pos = start;
                    Expr e = starExpressions();
                    return e == null ? null : new ExprStmt(e, loc(start));
                }
                return exprOrAssignment();
            }
        }
    }

    private static Operator augOp(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    /** annotated_rhs: yield_expr | star_expressions */
    private Expr annotatedRhs() {
        return kind() == YIELD ? yieldExpr() : starExpressions();
    }

    /**
     * First pass: the assignment alternatives and star_expressions, by parsing the
     * expression once and then checking that it is a valid target for what follows.
     */
    private Stmt exprOrAssignment() {
        int start = pos;
        Expr e = starExpressions();
        if (e == null) {
            return null;
        }
        TokenKind k = kind();
        if (k == EQUAL) {
            List<Expr> targets = list();
            while (true) {
                Expr t = toStore(e, true);
                if (t == null) {
                    return null;
                }
                targets.add(t);
                pos++;
                e = annotatedRhs();
                if (e == null) {
                    return null;
                }
                if (kind() != EQUAL) {
                    return new Assign(targets, e, null, loc(start));
                }
                if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                    return null;
                }
            }
        }
        if (k == COLON) {
            Expr target;
            int simple = 0;
            if (e instanceof Name n) {
                target = new Name(n.id(), STORE, n.loc());
                simple = toks[start].kind() == NAME ? 1 : 0;
            } else if (e instanceof Attribute || e instanceof Subscript) {
                target = toStore(e, false);
            } else {
                return null;
            }
            pos++;
            Expr ann = expression();
            if (ann == null) {
                return null;
            }
            Expr value = null;
            if (kind() == EQUAL) {
                int m = pos;
                pos++;
                value = annotatedRhs();
                if (value == null) {
                    pos = m;
                }
            }
            return new AnnAssign(target, ann, value, simple, loc(start));
        }
        Operator op = augOp(k);
        if (op != null) {
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                return null;
            }
            pos++;
            Expr value = annotatedRhs();
            if (value == null) {
                return null;
            }
            return new AugAssign(toStore(e, false), op, value, loc(start));
        }
        return new ExprStmt(e, loc(start));
    }

    /** Second pass: assignment, alternative by alternative, then invalid_assignment. */
    private Stmt assignmentLiteral() {
        int start = pos;
        // NAME ':' expression ['=' annotated_rhs]
        if (kind() == NAME && kindAt(1) == COLON) {
            Token n = tok();
            pos += 2;
            Expr ann = expression();
            if (ann != null) {
                return annAssignRest(start, new Name(n.text(), STORE, loc(n)), ann, 1);
            }
            pos = start;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr target = null;
        if (kind() == LPAR) {
            pos++;
            Expr t = singleTarget();
            if (t != null && accept(RPAR)) {
                target = t;
            } else {
                pos = start;
            }
        }
        if (target == null) {
            target = singleSubscriptAttributeTarget();
        }
        if (target != null && accept(COLON)) {
            Expr ann = expression();
            if (ann != null) {
                return annAssignRest(start, target, ann, 0);
            }
        }
        pos = start;
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        List<Expr> targets = list();
        while (true) {
            int m = pos;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                pos = m;
                break;
            }
            targets.add(t);
        }
        if (!targets.isEmpty()) {
            Expr v = annotatedRhs();
            if (v != null && kind() != EQUAL) {
                return new Assign(targets, v, null, loc(start));
            }
        }
        pos = start;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr st = singleTarget();
        if (st != null) {
            Operator op = augOp(kind());
            if (op != null) {
                pos++;
                Expr v = annotatedRhs();
                if (v != null) {
                    return new AugAssign(st, op, v, loc(start));
                }
                pos = start;
                return null;
            }
        }
        pos = start;
        invalidAssignment();
        return null;
    }

    private Stmt annAssignRest(int start, Expr target, Expr ann, int simple) {
        Expr value = null;
        if (kind() == EQUAL) {
            int m = pos;
            pos++;
            value = annotatedRhs();
            if (value == null) {
                pos = m;
            }
        }
        return new AnnAssign(target, ann, value, simple, loc(start));
    }

    private void invalidAssignment() {
        int start = pos;
        // a=invalid_ann_assign_target ':' expression
        Expr a = invalidAnnAssignTarget();
        if (a != null && accept(COLON) && expression() != null) {
            throw raiseAt(a.loc(), "only single target (not " + exprName(a) + ") can be annotated");
        }
        pos = start;
        // a=star_named_expression ',' star_named_expressions* ':' expression
        a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            while (starNamedExpressions() != null) {
                // greedy
            }
            if (accept(COLON) && expression() != null) {
                throw raiseAt(a.loc(), "only single target (not tuple) can be annotated");
            }
        }
        pos = start;
        // a=expression ':' expression
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw raiseAt(a.loc(), "illegal target for annotation");
        }
        pos = start;
        // (star_targets '=')* a=star_expressions '='
        skipStarTargetsEq();
        a = starExpressions();
        if (a != null && kind() == EQUAL) {
            raiseInvalidTarget(STAR_TARGETS, a);
        }
        pos = start;
        // (star_targets '=')* a=yield_expr '='
        skipStarTargetsEq();
        a = yieldExpr();
        if (a != null && kind() == EQUAL) {
            throw raiseAt(a.loc(), "assignment to yield expression not possible");
        }
        pos = start;
        // a=star_expressions augassign (yield_expr | star_expressions)
        a = starExpressions();
        if (a != null && augOp(kind()) != null) {
            pos++;
            if (annotatedRhs() != null) {
                throw raiseAt(a.loc(), "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        pos = start;
    }

    private void skipStarTargetsEq() {
        while (true) {
            int m = pos;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                pos = m;
                return;
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    private Expr invalidAnnAssignTarget() {
        int start = pos;
        Expr r = listLiteral();
        if (r != null) {
            return r;
        }
        r = tupleLiteral();
        if (r != null) {
            return r;
        }
        if (accept(LPAR)) {
            r = invalidAnnAssignTarget();
            if (r != null && accept(RPAR)) {
                return r;
            }
        }
        pos = start;
        return null;
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
    private Stmt delStmt() {
        int start = pos;
        pos++;
        List<Expr> targets = delTargets();
        if (targets != null && (kind() == SEMI || kind() == NEWLINE)) {
            return new Delete(targets, loc(start));
        }
        pos = start + 1;
        if (callInvalid) {
            Expr a = starExpressions();
            if (a != null) {
                raiseInvalidTarget(DEL_TARGETS, a);
            }
        }
        pos = start;
        return null;
    }

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        int start = pos;
        pos++;
        List<Alias> names = list();
        while (true) {
            int m = pos;
            Alias a = dottedAsName();
            if (a == null) {
                pos = m;
                if (!names.isEmpty()) {
                    pos--; // the comma
                }
                break;
            }
            names.add(a);
            if (kind() != COMMA) {
                break;
            }
            pos++;
        }
        if (names.isEmpty()) {
            pos = start;
            return null;
        }
        return new Import(names, loc(start));
    }

    /** dotted_as_name: dotted_name ['as' NAME] */
    private Alias dottedAsName() {
        int start = pos;
        String name = dottedName();
        if (name == null) {
            return null;
        }
        String as = null;
        if (kind() == AS && kindAt(1) == NAME) {
            as = tokAt(1).text();
            pos += 2;
        }
        return new Alias(name, as, loc(start));
    }

    /** dotted_name: dotted_name '.' NAME | NAME */
    private String dottedName() {
        Token t = tok();
        if (t.kind() != NAME) {
            return null;
        }
        pos++;
        if (kind() != DOT || kindAt(1) != NAME) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder(t.text());
        while (kind() == DOT && kindAt(1) == NAME) {
            sb.append('.').append(tokAt(1).text());
            pos += 2;
        }
        return sb.toString();
    }

    /**
     * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
     * | 'from' ('.' | '...')+ 'import' import_from_targets
     */
    private Stmt importFrom() {
        int start = pos;
        pos++;
        int level = 0;
        while (true) {
            if (kind() == DOT) {
                level++;
            } else if (kind() == ELLIPSIS) {
                level += 3;
            } else {
                break;
            }
            pos++;
        }
        String module = dottedName();
        if (module == null && level == 0) {
            pos = start;
            return null;
        }
        if (!accept(IMPORT)) {
            pos = start;
            return null;
        }
        List<Alias> names = importFromTargets();
        if (names == null) {
            pos = start;
            return null;
        }
        return new ImportFrom(module, names, level, loc(start));
    }

    /**
     * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
     * | '*' | invalid_import_from_targets
     */
    private List<Alias> importFromTargets() {
        int start = pos;
        Token t = tok();
        if (t.kind() == LPAR) {
            pos++;
            List<Alias> names = importFromAsNames();
            if (names != null) {
                accept(COMMA);
                if (accept(RPAR)) {
                    return names;
                }
            }
            pos = start;
            return null;
        }
        if (t.kind() == STAR) {
            pos++;
            return List.of(new Alias("*", null, loc(t)));
        }
        List<Alias> names = importFromAsNames();
        if (names != null && kind() != COMMA) {
            return names;
        }
        pos = start;
        if (callInvalid) {
            names = importFromAsNames();
            if (names != null && accept(COMMA) && kind() == NEWLINE) {
                throw raiseLast("trailing comma not allowed without surrounding parentheses");
            }
            pos = start;
        }
        return null;
    }

    /** import_from_as_names: ','.import_from_as_name+ */
    private List<Alias> importFromAsNames() {
        List<Alias> r = null;
        while (true) {
            int m = pos;
            Token n = tok();
            if (n.kind() != NAME) {
                if (r != null) {
                    pos = m - 1;
                }
                break;
            }
            pos++;
            String as = null;
            if (kind() == AS && kindAt(1) == NAME) {
                as = tokAt(1).text();
                pos += 2;
            }
            if (r == null) {
                r = list();
            }
            r.add(new Alias(n.text(), as, loc(m)));
            if (kind() != COMMA) {
                break;
            }
            pos++;
        }
        return r;
    }
}
