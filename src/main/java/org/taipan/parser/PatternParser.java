package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.List;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Attribute;
import org.taipan.parser.ast.Expr.BinOp;
import org.taipan.parser.ast.Expr.Constant;
import org.taipan.parser.ast.Expr.Name;
import org.taipan.parser.ast.Expr.UnaryOp;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Pattern.MatchAs;
import org.taipan.parser.ast.Pattern.MatchClass;
import org.taipan.parser.ast.Pattern.MatchMapping;
import org.taipan.parser.ast.Pattern.MatchOr;
import org.taipan.parser.ast.Pattern.MatchSequence;
import org.taipan.parser.ast.Pattern.MatchSingleton;
import org.taipan.parser.ast.Pattern.MatchStar;
import org.taipan.parser.ast.Pattern.MatchValue;
import org.taipan.parser.ast.UnaryOperator;

/** The patterns of {@code match} statements (CPython 3.11's pattern rules). */
abstract class PatternParser extends TargetParser {

    PatternParser(Tokenizer tokenizer, String filename, java.util.function.UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    /** patterns: open_sequence_pattern | pattern */
    final Pattern patterns() {
        int start = pos;
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            return new MatchSequence(seq, loc(start));
        }
        return pattern();
    }

    /** pattern: as_pattern | or_pattern */
    final Pattern pattern() {
        int start = pos;
        enter();
        try {
            Pattern p = orPattern();
            if (p == null) {
                return null;
            }
            if (kind() == AS) {
                int m = pos;
                pos++;
                Token n = tok();
                if (n.kind() == NAME && !n.text().equals("_") && !isCaptureFollow(kindAt(1))) {
                    pos++;
                    return new MatchAs(p, n.text(), loc(start));
                }
                if (callInvalid) {
                    if (n.kind() == NAME && n.text().equals("_")) {
                        throw raiseAt(n, "cannot use '_' as a target");
                    }
                    if (n.kind() != NAME) {
                        Expr e = expression();
                        if (e != null) {
                            throw raiseAt(e.loc(), "invalid pattern target");
                        }
                    }
                }
                pos = m;
            }
            return p;
        } finally {
            leave();
        }
    }

    private static boolean isCaptureFollow(TokenKind k) {
        return k == DOT || k == LPAR || k == EQUAL;
    }

    /** or_pattern: '|'.closed_pattern+ */
    private Pattern orPattern() {
        int start = pos;
        Pattern a = closedPattern();
        if (a == null) {
            return null;
        }
        if (kind() != VBAR) {
            return a;
        }
        List<Pattern> alts = list();
        alts.add(a);
        while (kind() == VBAR) {
            int m = pos;
            pos++;
            Pattern b = closedPattern();
            if (b == null) {
                pos = m;
                break;
            }
            alts.add(b);
        }
        return new MatchOr(alts, loc(start));
    }

    /**
     * closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
     * | group_pattern | sequence_pattern | mapping_pattern | class_pattern
     */
    private Pattern closedPattern() {
        int start = pos;
        if (memo(M_CLOSED_PATTERN)) {
            Object m = memoGet(M_CLOSED_PATTERN);
            if (m != null) {
                return isFail(m) ? null : (Pattern) m;
            }
        }
        Pattern r = closedPatternBody();
        if (r == null) {
            pos = start;
        }
        if (memo(M_CLOSED_PATTERN)) {
            memoPut(M_CLOSED_PATTERN, start, r);
        }
        return r;
    }

    private Pattern closedPatternBody() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case NUMBER, MINUS, STRING, NONE, TRUE, FALSE -> {
                return literalPattern();
            }
            case NAME -> {
                if (!t.text().equals("_") && !isCaptureFollow(kindAt(1))) {
                    pos++;
                    return new MatchAs(null, t.text(), loc(t));
                }
                if (t.text().equals("_")) {
                    pos++;
                    return new MatchAs(null, null, loc(t));
                }
                Expr attr = attr();
                if (attr != null && !isCaptureFollow(kind())) {
                    return new MatchValue(attr, loc(start));
                }
                pos = start;
                return classPattern();
            }
            case LPAR -> {
                pos++;
                Pattern p = pattern();
                if (p != null && accept(RPAR)) {
                    return p;
                }
                pos = start + 1;
                List<Pattern> seq = openSequencePattern();
                if (accept(RPAR)) {
                    return new MatchSequence(seq == null ? List.of() : seq, loc(start));
                }
                pos = start;
                return null;
            }
            case LSQB -> {
                pos++;
                List<Pattern> seq = maybeSequencePattern();
                if (accept(RSQB)) {
                    return new MatchSequence(seq == null ? List.of() : seq, loc(start));
                }
                pos = start;
                return null;
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> {
                return null;
            }
        }
    }

    /** literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
    private Pattern literalPattern() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case NONE -> {
                pos++;
                return new MatchSingleton(ConstantValue.NONE, loc(t));
            }
            case TRUE -> {
                pos++;
                return new MatchSingleton(Boolean.TRUE, loc(t));
            }
            case FALSE -> {
                pos++;
                return new MatchSingleton(Boolean.FALSE, loc(t));
            }
            default -> {
                Expr e = literalExpr();
                return e == null ? null : new MatchValue(e, loc(start));
            }
        }
    }

    /** literal_expr, without the None/True/False singletons handled by the caller. */
    private Expr literalExpr() {
        int start = pos;
        Token t = tok();
        switch (t.kind()) {
            case STRING -> {
                return strings();
            }
            case NONE -> {
                pos++;
                return new Constant(ConstantValue.NONE, null, loc(t));
            }
            case TRUE -> {
                pos++;
                return new Constant(Boolean.TRUE, null, loc(t));
            }
            case FALSE -> {
                pos++;
                return new Constant(Boolean.FALSE, null, loc(t));
            }
            default -> {
            }
        }
        Expr n = signedNumber();
        if (n == null) {
            return null;
        }
        TokenKind k = kind();
        if (k != PLUS && k != MINUS) {
            return n;
        }
        // complex_number: signed_real_number ('+' | '-') imaginary_number
        pos = start;
        Expr real = signedRealNumber();
        if (real == null) {
            return null;
        }
        Operator op = kind() == PLUS ? Operator.Add : kind() == MINUS ? Operator.Sub : null;
        if (op == null) {
            pos = start;
            return null;
        }
        pos++;
        Token it = tok();
        if (it.kind() != NUMBER) {
            pos = start;
            return null;
        }
        pos++;
        Object v = Numbers.parse(it.text());
        if (!(v instanceof ComplexValue)) {
            throw raiseAt(it, "imaginary number required in complex literal");
        }
        Expr imag = new Constant(v, null, loc(it));
        return new BinOp(real, op, imag, loc(start));
    }

    /** signed_number: NUMBER | '-' NUMBER */
    private Expr signedNumber() {
        int start = pos;
        boolean neg = accept(MINUS);
        Token t = tok();
        if (t.kind() != NUMBER) {
            pos = start;
            return null;
        }
        pos++;
        Expr n = new Constant(Numbers.parse(t.text()), null, loc(t));
        return neg ? new UnaryOp(UnaryOperator.USub, n, loc(start)) : n;
    }

    /** signed_real_number: real_number | '-' real_number */
    private Expr signedRealNumber() {
        int start = pos;
        boolean neg = accept(MINUS);
        Token t = tok();
        if (t.kind() != NUMBER) {
            pos = start;
            return null;
        }
        pos++;
        Object v = Numbers.parse(t.text());
        Expr n = new Constant(v, null, loc(t));
        if (v instanceof ComplexValue) {
            throw raiseAt(n.loc(), "real number required in complex literal");
        }
        return neg ? new UnaryOp(UnaryOperator.USub, n, loc(start)) : n;
    }

    /** attr: name_or_attr '.' NAME (at least one dot). */
    private Expr attr() {
        int start = pos;
        Expr a = nameOrAttr();
        if (a instanceof Attribute) {
            return a;
        }
        pos = start;
        return null;
    }

    /** name_or_attr: attr | NAME */
    private Expr nameOrAttr() {
        int start = pos;
        Token t = tok();
        if (t.kind() != NAME) {
            return null;
        }
        pos++;
        Expr a = new Name(t.text(), LOAD, loc(t));
        while (kind() == DOT && kindAt(1) == NAME) {
            String name = tokAt(1).text();
            pos += 2;
            a = new Attribute(a, name, LOAD, loc(start));
        }
        return a;
    }

    /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
    private List<Pattern> openSequencePattern() {
        int start = pos;
        Pattern a = maybeStarPattern();
        if (a == null || !accept(COMMA)) {
            pos = start;
            return null;
        }
        List<Pattern> r = list();
        r.add(a);
        List<Pattern> rest = maybeSequencePattern();
        if (rest != null) {
            r.addAll(rest);
        }
        return r;
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
    private List<Pattern> maybeSequencePattern() {
        Pattern a = maybeStarPattern();
        if (a == null) {
            return null;
        }
        List<Pattern> r = list();
        r.add(a);
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            Pattern b = maybeStarPattern();
            if (b == null) {
                pos = m;
                break;
            }
            r.add(b);
        }
        accept(COMMA);
        return r;
    }

    /** maybe_star_pattern: star_pattern | pattern */
    private Pattern maybeStarPattern() {
        int start = pos;
        if (kind() == STAR) {
            if (memo(M_STAR_PATTERN)) {
                Object m = memoGet(M_STAR_PATTERN);
                if (m != null) {
                    if (!isFail(m)) {
                        return (Pattern) m;
                    }
                    return pattern();
                }
            }
            Pattern r = null;
            pos++;
            Token n = tok();
            if (n.kind() == NAME) {
                if (!n.text().equals("_")) {
                    if (!isCaptureFollow(kindAt(1))) {
                        pos++;
                        r = new MatchStar(n.text(), loc(start));
                    }
                } else {
                    pos++;
                    r = new MatchStar(null, loc(start));
                }
            }
            if (r == null) {
                pos = start;
            }
            if (memo(M_STAR_PATTERN)) {
                memoPut(M_STAR_PATTERN, start, r);
            }
            if (r != null) {
                return r;
            }
        }
        return pattern();
    }

    /**
     * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
     * | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
     */
    private Pattern mappingPattern() {
        int start = pos;
        pos++;
        List<Expr> keys = list();
        List<Pattern> pats = list();
        String rest = null;
        while (true) {
            if (kind() == DOUBLESTAR) {
                Token n = tokAt(1);
                if (n.kind() == NAME && !n.text().equals("_") && !isCaptureFollow(kindAt(2))) {
                    pos += 2;
                    rest = n.text();
                    accept(COMMA);
                }
                break;
            }
            int m = pos;
            Expr key = kind() == NAME ? attr() : literalExprForKey();
            if (key == null || !accept(COLON)) {
                pos = m;
                break;
            }
            Pattern p = pattern();
            if (p == null) {
                pos = m;
                break;
            }
            keys.add(key);
            pats.add(p);
            if (!accept(COMMA)) {
                break;
            }
        }
        if (accept(RBRACE)) {
            return new MatchMapping(keys, pats, rest, loc(start));
        }
        pos = start;
        return null;
    }

    private Expr literalExprForKey() {
        return literalExpr();
    }

    /** class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')' */
    private Pattern classPattern() {
        int start = pos;
        Expr cls = nameOrAttr();
        if (cls == null || !accept(LPAR)) {
            pos = start;
            return null;
        }
        int argsStart = pos;
        List<Pattern> positional = list();
        List<String> kwdAttrs = list();
        List<Pattern> kwdPatterns = list();
        while (kind() != RPAR) {
            int m = pos;
            if (kind() == NAME && kindAt(1) == EQUAL) {
                Token n = tok();
                pos += 2;
                Pattern p = pattern();
                if (p == null) {
                    pos = m;
                    break;
                }
                kwdAttrs.add(n.text());
                kwdPatterns.add(p);
            } else {
                if (!kwdAttrs.isEmpty()) {
                    break;
                }
                Pattern p = pattern();
                if (p == null) {
                    pos = m;
                    break;
                }
                positional.add(p);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (accept(RPAR)) {
            return new MatchClass(cls, positional, kwdAttrs, kwdPatterns, loc(start));
        }
        if (callInvalid) {
            invalidClassArgumentPattern(argsStart);
        }
        pos = start;
        return null;
    }

    /** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns */
    private void invalidClassArgumentPattern(int argsStart) {
        pos = argsStart;
        int m = pos;
        // [positional_patterns ',']
        if (positionalPatterns() == null || !accept(COMMA)) {
            pos = m;
        }
        if (keywordPatterns() && accept(COMMA)) {
            List<Pattern> a = positionalPatterns();
            if (a != null) {
                throw raiseRange(a.get(0).loc(), a.get(a.size() - 1).loc(),
                        "positional patterns follow keyword patterns");
            }
        }
    }

    /** positional_patterns: ','.pattern+ */
    private List<Pattern> positionalPatterns() {
        Pattern a = pattern();
        if (a == null) {
            return null;
        }
        List<Pattern> r = list();
        r.add(a);
        while (kind() == COMMA) {
            int m = pos;
            pos++;
            Pattern b = pattern();
            if (b == null) {
                pos = m;
                break;
            }
            r.add(b);
        }
        return r;
    }

    /** keyword_patterns: ','.keyword_pattern+ */
    private boolean keywordPatterns() {
        boolean any = false;
        while (true) {
            int m = pos;
            if (any && !accept(COMMA)) {
                break;
            }
            if (kind() == NAME && kindAt(1) == EQUAL) {
                pos += 2;
                if (pattern() != null) {
                    any = true;
                    continue;
                }
            }
            pos = m;
            break;
        }
        return any;
    }
}
