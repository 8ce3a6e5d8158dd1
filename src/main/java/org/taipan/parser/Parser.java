package org.taipan.parser;

import static org.taipan.parser.TokenKind.*;

import java.util.List;
import java.util.function.UnaryOperator;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Expr.Tuple;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.Stmt.*;
import org.taipan.parser.ast.WithItem;

/**
 * The parser: CPython 3.11's PEG grammar, hand-written as recursive descent over a lazily
 * filled token array. A failed first pass is followed by a second pass with CPython's
 * {@code invalid_*} alternatives enabled, which finds the specific error message; if that
 * finds none, the error is the generic one at the furthest token the first pass reached.
 */
public final class Parser extends StatementParser implements FStringHostHooks {

    private Parser(Tokenizer tokenizer, String filename, UnaryOperator<Token> relocate) {
        super(tokenizer, filename, relocate);
    }

    /** Parses source bytes (decoded per PEP 263) in mode "exec", "eval", "single" or "func_type". */
    public static Mod parse(byte[] source, String filename, String mode) {
        String text = SourceDecoder.decode(source, filename);
        boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF;
        boolean declared = bom || SourceDecoder.findCookie(source, bom ? 3 : 0) != null;
        return parse(text, filename, mode, declared, false);
    }

    /** Parses decoded source text in mode "exec", "eval", "single" or "func_type". */
    public static Mod parse(String source, String filename, String mode) {
        return parse(source, filename, mode, true, true);
    }

    private static Mod parse(String source, String filename, String mode, boolean convertOffsets,
                             boolean stringInput) {
        int rule = switch (mode) {
            case "exec" -> FILE;
            case "eval" -> EVAL;
            case "single" -> SINGLE;
            case "func_type" -> FUNC_TYPE;
            default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        };
        Parser p = new Parser(new Tokenizer(source, filename), filename, null);
        p.convertOffsets = convertOffsets;
        p.stringInput = stringInput;
        p.source = source;
        // CPython adds a newline to unterminated exec input only; for eval and func_type
        // there is none, for single input one without a position.
        if (!source.isEmpty() && !source.endsWith("\n") && !source.endsWith("\r")) {
            p.implicitNewline = rule == EVAL || rule == FUNC_TYPE ? DROP_NEWLINE
                    : rule == SINGLE ? UNPLACED_NEWLINE : 0;
        }
        return (Mod) p.run(rule);
    }

    private static final int FILE = 0, EVAL = 1, SINGLE = 2, FUNC_TYPE = 3, FSTRING = 4;

    /** Single input: more than one statement was found. */
    private boolean multipleStatements;
    /** Set when the tokenizer itself raised: such errors are reported unchanged. */
    private boolean tokenizerFailed;


    /**
     * CPython 3.11's f-string expression rule ({@code fstring: star_expressions}) over the
     * replacement field's text, which is parsed wrapped in parentheses; {@code relocate} maps
     * tokens of the wrapped text (its "(" at line 1, column 0) to file positions.
     */
    @Override
    public Expr parseFStringExpr(String source, UnaryOperator<Token> relocate) {
        String wrapped = "(" + source + ")";
        Parser sub = new Parser(new Tokenizer(wrapped, filename), filename, relocate);
        Token probe = relocate.apply(new Token(NAME, "", 1, 0, 1, 0));
        sub.startingLineno = probe.lineno() - 1;
        sub.startingColOffset = probe.colOffset();
        sub.fstringDepth = fstringDepth + 1;
        sub.stringInput = true;
        try {
            return (Expr) sub.run(FSTRING);
        } catch (PySyntaxError e) {
            if (!sub.tokenizerFailed || e.lineno <= 0) {
                throw e;
            }
            // CPython's tokenizer for the expression counts lines from the f-string's line
            throw new PySyntaxError(e.type, e.msg, e.filename, e.lineno + sub.startingLineno, e.offset,
                    e.endLineno > 0 ? e.endLineno + sub.startingLineno : e.endLineno, e.endOffset, e.text);
        }
    }

    /** Warnings already given: backtracking may build the same string literal twice. */
    private java.util.Set<String> warned;

    /**
     * A warning from a string literal goes to {@link CompileWarnings#sink}; where the filters
     * make it an error, it is a SyntaxError with the same message spanning the literal.
     */
    @Override
    public void warn(String category, String message, Token token) {
        CompileWarnings.Sink sink = CompileWarnings.sink;
        if (sink == null) {
            return;
        }
        if (warned == null) {
            warned = new java.util.HashSet<>();
        }
        if (warned.add(category + ":" + token.lineno() + ":" + message)
                && sink.warn(category, message, filename, token.lineno())) {
            throw error(message, token.lineno(), token.colOffset(), token.endLineno(), token.endColOffset());
        }
    }

    @Override
    public Token lastFetchedToken() {
        return fill > 0 ? toks[fill - 1] : null;
    }

    private Object run(int rule) {
        try {
            Object r;
            try {
                r = startRule(rule);
            } catch (PySyntaxError e) {
                throw finish(e);
            }
            if (r != null) {
                if (multipleStatements) {
                    // raised after a successful parse: no look at the rest of the source
                    throw raiseLast("multiple statements found while compiling a single statement");
                }
                return r;
            }
            Token last = toks[fill - 1];
            pos = 0;
            depth = 0;
            callInvalid = true;
            secondPass = true;
            clearMemo();
            try {
                startRule(rule);
            } catch (PySyntaxError e) {
                throw finish(e);
            }
            if (last.kind() == INDENT || last.kind() == DEDENT) {
                String msg = last.kind() == INDENT ? "unexpected indent" : "unexpected unindent";
                throw errorAt("IndentationError", msg, last.lineno(), last.endColOffset(), last.lineno(), -1, true);
            }
            throw finish(raiseAt(last, "invalid syntax"));
        } catch (StackOverflowError e) {
            Token t = fill > 0 ? toks[Math.min(pos, fill - 1)] : null;
            int line = t == null ? 1 : t.lineno();
            throw new PySyntaxError("SyntaxError", "too complex", filename, line, 0, line, 0, null);
        } catch (PySyntaxError e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug here or in a helper must still end as a SyntaxError; say what it was.
            Token t = fill > 0 ? toks[Math.min(pos, fill - 1)] : null;
            int line = t == null ? 1 : t.lineno();
            throw new PySyntaxError("SyntaxError", "internal parser error: " + e, filename, line, 0, line, 0, null);
        }
    }

    /**
     * The error to report for {@code e}: tokenizer errors unchanged; after a parser error the
     * rest of the source is tokenized, and a tokenizer error found there takes priority.
     */
    private PySyntaxError finish(PySyntaxError e) {
        if (tokenizerFailed) {
            return e;
        }
        int errLine = fill > 0 ? toks[fill - 1].lineno() : 0;
        while (true) {
            try {
                Token t = rawNext();
                if (t.kind() == ENDMARKER) {
                    break;
                }
            } catch (PySyntaxError te) {
                if (isQuietTokenizerError(te.msg)) {
                    return e;
                }
                return te;
            } catch (RuntimeException ignored) {
                return e;
            }
        }
        Token b = tokenizer.openBracketAtEof();
        if (b != null && errLine > b.lineno()) {
            return neverClosed(b);
        }
        return e;
    }

    /** Tokenizer errors that CPython's full-source check does not report. */
    private static boolean isQuietTokenizerError(String msg) {
        return msg.equals("unindent does not match any outer indentation level")
                || msg.equals("inconsistent use of tabs and spaces in indentation")
                || msg.equals("too many levels of indentation")
                || msg.equals("unexpected character after line continuation character")
                || msg.equals("unexpected EOF while parsing")
                || msg.equals("invalid syntax");
    }

    @Override
    final void tokenizerError() {
        tokenizerFailed = true;
    }

    private Object startRule(int rule) {
        return switch (rule) {
            case FILE -> fileRule();
            case EVAL -> evalRule();
            case SINGLE -> interactiveRule();
            case FUNC_TYPE -> funcTypeRule();
            default -> starExpressions();
        };
    }

    // ==== start rules ======================================================================

    /** file: [statements] ENDMARKER */
    private Mod fileRule() {
        List<Stmt> body = statements();
        if (kind() != ENDMARKER) {
            return null;
        }
        return new Mod.Module(body == null ? List.of() : body, List.of());
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    private Mod evalRule() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // skip
        }
        if (kind() != ENDMARKER) {
            return null;
        }
        return new Mod.Expression(e);
    }

    /** interactive: statement_newline, then nothing but blank lines and comments. */
    private Mod interactiveRule() {
        int start = pos;
        List<Stmt> body;
        Stmt c = compoundStmt();
        if (c != null) {
            // compound_stmt NEWLINE: CPython's tokenizer ends single input with a NEWLINE
            // that ours does not produce, unless the input has no final newline and its
            // last line is code at the top level or holds no code.
            if (!accept(NEWLINE) && (kind() != ENDMARKER || !endsWithNewline(source)
                    && (endsWithBareLine() || toks[pos - 1].kind() != DEDENT))) {
                return null;
            }
            body = List.of(c);
        } else {
            pos = start;
            List<Stmt> out = list();
            if (simpleStmts(out)) {
                body = out;
            } else if (kind() == NEWLINE) {
                Token t = tok();
                pos++;
                body = List.of(new Pass(loc(t)));
            } else {
                return null;
            }
        }
        multipleStatements = moreAfterLastToken();
        return new Mod.Interactive(body);
    }

    private static boolean endsWithNewline(String s) {
        return s.endsWith("\n") || s.endsWith("\r");
    }

    /** Whether the source ends, without a newline, in a line of only blanks and a comment. */
    private boolean endsWithBareLine() {
        if (source.isEmpty() || source.endsWith("\n") || source.endsWith("\r")) {
            return false;
        }
        int nl = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
        if (nl < 0) {
            return false;
        }
        String last = source.substring(nl + 1).stripLeading();
        return last.isEmpty() || last.startsWith("#");
    }

    /**
     * CPython's check after a single statement: from where the tokenizer stopped, anything
     * but whitespace and comments means there was more than one statement.
     */
    private boolean moreAfterLastToken() {
        Token t = toks[fill - 1];
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        int i = 0;
        for (int l = 1; l < t.endLineno() && i >= 0; l++) {
            i = text.indexOf('\n', i);
            if (i >= 0) {
                i++;
            }
        }
        if (i < 0) {
            return false;
        }
        int bytes = 0;
        while (i < text.length() && bytes < t.endColOffset() && text.charAt(i) != '\n') {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
    private Mod funcTypeRule() {
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> types = typeExpressions();
        if (!accept(RPAR) || !atArrow()) {
            return null;
        }
        pos++;
        Expr ret = expression();
        if (ret == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // skip
        }
        if (kind() != ENDMARKER) {
            return null;
        }
        return new Mod.FunctionType(types == null ? List.of() : types, ret);
    }

    /**
     * type_expressions: ','.expression+ [',' '*' expression] [',' '**' expression]
     * | '*' expression [',' '**' expression] | '**' expression
     */
    private List<Expr> typeExpressions() {
        int start = pos;
        List<Expr> r = list();
        boolean more = true;
        if (kind() != STAR && kind() != DOUBLESTAR) {
            Expr e = expression();
            if (e == null) {
                return null;
            }
            r.add(e);
            more = false;
            while (kind() == COMMA) {
                int m = pos;
                pos++;
                Expr f = expression();
                if (f == null) {
                    pos = m;
                    more = true;
                    break;
                }
                r.add(f);
            }
            if (!more) {
                return r;
            }
            pos++; // the ',' before '*' or '**'
        }
        int m = pos;
        if (accept(STAR)) {
            Expr e = expression();
            if (e == null) {
                pos = r.isEmpty() ? start : m - 1;
                return r.isEmpty() ? null : r;
            }
            r.add(e);
            m = pos;
            if (!(kind() == COMMA && kindAt(1) == DOUBLESTAR)) {
                return r;
            }
            pos++;
        }
        int d = pos;
        if (accept(DOUBLESTAR)) {
            Expr e = expression();
            if (e != null) {
                r.add(e);
                return r;
            }
            pos = d;
        }
        pos = m - (m > start && toks[m - 1].kind() == COMMA ? 1 : 0);
        return r.isEmpty() ? null : r;
    }

    // ==== statements =======================================================================

    /** statements: statement+ */
    private List<Stmt> statements() {
        List<Stmt> r = list();
        while (true) {
            int m = pos;
            int n = r.size();
            if (!statement(r)) {
                pos = m;
                while (r.size() > n) {
                    r.remove(r.size() - 1);
                }
                break;
            }
        }
        return r.isEmpty() ? null : r;
    }

    /** statement: compound_stmt | simple_stmts */
    private boolean statement(List<Stmt> out) {
        Stmt c = compoundStmt();
        if (c != null) {
            out.add(c);
            return true;
        }
        return simpleStmts(out);
    }

    // ==== compound statements ==============================================================

    private Stmt compoundStmt() {
        Token t = tok();
        switch (t.kind()) {
            case DEF -> {
                return functionDefRaw(List.of());
            }
            case AT -> {
                return decorated();
            }
            case ASYNC -> {
                TokenKind k = kindAt(1);
                if (k == DEF) {
                    return functionDefRaw(List.of());
                }
                if (k == WITH) {
                    return withStmt();
                }
                if (k == FOR) {
                    return forStmt();
                }
                return null;
            }
            case IF -> {
                return ifStmt();
            }
            case CLASS -> {
                return classDefRaw(List.of());
            }
            case WITH -> {
                return withStmt();
            }
            case FOR -> {
                return forStmt();
            }
            case TRY -> {
                return tryStmt();
            }
            case WHILE -> {
                return whileStmt();
            }
            case NAME -> {
                if (t.text().equals("match")) {
                    return matchStmt();
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** decorators (function_def_raw | class_def_raw) */
    private Stmt decorated() {
        int start = pos;
        List<Expr> decos = list();
        while (kind() == AT) {
            int m = pos;
            pos++;
            Expr e = namedExpression();
            if (e == null || !accept(NEWLINE)) {
                pos = m;
                break;
            }
            decos.add(e);
        }
        if (decos.isEmpty()) {
            return null;
        }
        Stmt r = null;
        TokenKind k = kind();
        if (k == DEF || k == ASYNC) {
            r = functionDefRaw(decos);
        } else if (k == CLASS) {
            r = classDefRaw(decos);
        }
        if (r == null) {
            pos = start;
        }
        return r;
    }

    /** function_def_raw: invalid_def_raw | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
    private Stmt functionDefRaw(List<Expr> decos) {
        int start = pos;
        if (callInvalid) {
            invalidDefRaw();
        }
        boolean async = accept(ASYNC);
        Token n;
        if (!accept(DEF) || (n = expect(NAME)) == null) {
            pos = start;
            return null;
        }
        expectForced(LPAR);
        Arguments args = params(false);
        if (!accept(RPAR)) {
            pos = start;
            return null;
        }
        Expr returns = null;
        if (atArrow()) {
            int m = pos;
            pos++;
            returns = expression();
            if (returns == null) {
                pos = m;
            }
        }
        expectForced(COLON);
        List<Stmt> body = block();
        if (body == null) {
            pos = start;
            return null;
        }
        if (args == null) {
            args = EMPTY_ARGS;
        }
        return async ? new AsyncFunctionDef(n.text(), args, body, decos, returns, null, loc(start))
                : new FunctionDef(n.text(), args, body, decos, returns, null, loc(start));
    }

    private void invalidDefRaw() {
        int start = pos;
        accept(ASYNC);
        Token d = tok();
        if (accept(DEF) && accept(NAME) && accept(LPAR)) {
            params(false);
            if (accept(RPAR)) {
                if (atArrow()) {
                    int m = pos;
                    pos++;
                    if (expression() == null) {
                        pos = m;
                    }
                }
                if (accept(COLON) && accept(NEWLINE) && kind() != INDENT) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after function definition on line " + d.lineno());
                }
            }
        }
        pos = start;
    }

    /** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
    private Stmt classDefRaw(List<Expr> decos) {
        int start = pos;
        if (callInvalid) {
            invalidClassDefRaw();
        }
        pos++;
        Token n = expect(NAME);
        if (n == null) {
            pos = start;
            return null;
        }
        CallArgs args = classArgs();
        if (!accept(COLON)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            pos = start;
            return null;
        }
        List<Expr> bases = args == null ? List.of() : args.args();
        List<Keyword> kws = args == null ? List.of() : args.keywords();
        return new ClassDef(n.text(), bases, kws, body, decos, loc(start));
    }

    /** ['(' [arguments] ')']: the arguments, or null (pos after the group or unchanged). */
    private CallArgs classArgs() {
        int m = pos;
        if (!accept(LPAR)) {
            return null;
        }
        CallArgs a = arguments();
        if (!accept(RPAR)) {
            pos = m;
            return null;
        }
        return a;
    }

    private void invalidClassDefRaw() {
        int start = pos;
        Token c = tok();
        pos++;
        if (accept(NAME)) {
            classArgs();
            if (kind() == NEWLINE) {
                throw raiseLast("expected ':'");
            }
            if (accept(COLON) && accept(NEWLINE) && kind() != INDENT) {
                throw raiseLast("IndentationError",
                        "expected an indented block after class definition on line " + c.lineno());
            }
        }
        pos = start;
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
    private List<Stmt> block() {
        int start = pos;
        if (memo(M_BLOCK)) {
            Object m = memoGet(M_BLOCK);
            if (m != null) {
                @SuppressWarnings("unchecked")
                List<Stmt> r = isFail(m) ? null : (List<Stmt>) m;
                return r;
            }
        }
        List<Stmt> r = null;
        enter();
        try {
            if (kind() == NEWLINE) {
                if (kindAt(1) == INDENT) {
                    pos += 2;
                    List<Stmt> body = statements();
                    if (body != null && accept(DEDENT)) {
                        r = body;
                    } else {
                        pos = start;
                    }
                }
            } else {
                List<Stmt> out = list();
                if (simpleStmts(out)) {
                    r = out;
                }
            }
            if (r == null && callInvalid && kind() == NEWLINE && kindAt(1) != INDENT) {
                throw raiseLast("IndentationError", "expected an indented block");
            }
        } finally {
            leave();
        }
        if (memo(M_BLOCK)) {
            memoPut(M_BLOCK, start, r);
        }
        return r;
    }

    /** Whether the tokens here are ':' NEWLINE !INDENT (the indentation-error shape). */
    private boolean colonNewlineNoIndent() {
        int m = pos;
        if (accept(COLON) && accept(NEWLINE) && kind() != INDENT) {
            return true;
        }
        pos = m;
        return false;
    }

    /** if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block]) */
    private Stmt ifStmt() {
        int start = pos;
        if (callInvalid) {
            pos++;
            Expr e = namedExpression();
            if (e != null) {
                if (kind() == NEWLINE) {
                    throw raiseLast("expected ':'");
                }
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'if' statement on line " + e.loc().lineno());
                }
            }
            pos = start;
        }
        return ifRest(start);
    }

    /** The part of if_stmt / elif_stmt after its keyword. */
    private Stmt ifRest(int start) {
        pos++;
        Expr test = namedExpression();
        if (test == null || !accept(COLON)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            pos = start;
            return null;
        }
        List<Stmt> orelse = List.of();
        if (kind() == ELIF) {
            Stmt e = elifStmt();
            if (e != null) {
                return new If(test, body, List.of(e), loc(start));
            }
        }
        if (kind() == ELSE) {
            List<Stmt> eb = elseBlock();
            if (eb != null) {
                orelse = eb;
            }
        }
        return new If(test, body, orelse, loc(start));
    }

    private Stmt elifStmt() {
        int start = pos;
        if (callInvalid) {
            Token kw = tok();
            pos++;
            Expr e = namedExpression();
            if (e != null) {
                if (kind() == NEWLINE) {
                    throw raiseLast("expected ':'");
                }
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'elif' statement on line " + kw.lineno());
                }
            }
            pos = start;
        }
        return ifRest(start);
    }

    /** else_block: invalid_else_stmt | 'else' &&':' block */
    private List<Stmt> elseBlock() {
        int start = pos;
        Token kw = tok();
        if (callInvalid) {
            pos++;
            if (colonNewlineNoIndent()) {
                throw raiseLast("IndentationError",
                        "expected an indented block after 'else' statement on line " + kw.lineno());
            }
            pos = start;
        }
        pos++;
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            pos = start;
        }
        return b;
    }

    /** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
    private Stmt whileStmt() {
        int start = pos;
        Token kw = tok();
        pos++;
        Expr test = namedExpression();
        if (callInvalid && test != null) {
            if (kind() == NEWLINE) {
                throw raiseLast("expected ':'");
            }
            int m = pos;
            if (colonNewlineNoIndent()) {
                throw raiseLast("IndentationError",
                        "expected an indented block after 'while' statement on line " + kw.lineno());
            }
            pos = m;
        }
        if (test == null || !accept(COLON)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            pos = start;
            return null;
        }
        List<Stmt> orelse = List.of();
        if (kind() == ELSE) {
            List<Stmt> eb = elseBlock();
            if (eb != null) {
                orelse = eb;
            }
        }
        return new While(test, body, orelse, loc(start));
    }

    /**
     * for_stmt: invalid_for_stmt | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block
     * [else_block] | invalid_for_target
     */
    private Stmt forStmt() {
        int start = pos;
        boolean async = accept(ASYNC);
        Token kw = tok();
        if (!accept(FOR)) {
            pos = start;
            return null;
        }
        int targetPos = pos;
        Expr target = starTargets();
        if (target != null && accept(IN)) {
            Expr iter = starExpressions();
            if (callInvalid && iter != null) {
                if (kind() == NEWLINE) {
                    throw raiseLast("expected ':'");
                }
                int m = pos;
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'for' statement on line " + kw.lineno());
                }
                pos = m;
            }
            // cut: nothing else is tried once 'in' is seen
            if (iter == null || !accept(COLON)) {
                pos = start;
                return null;
            }
            List<Stmt> body = block();
            if (body == null) {
                pos = start;
                return null;
            }
            List<Stmt> orelse = List.of();
            if (kind() == ELSE) {
                List<Stmt> eb = elseBlock();
                if (eb != null) {
                    orelse = eb;
                }
            }
            return async ? new AsyncFor(target, iter, body, orelse, null, loc(start))
                    : new For(target, iter, body, orelse, null, loc(start));
        }
        pos = start;
        if (callInvalid) {
            invalidForTarget();
        }
        return null;
    }

    /**
     * with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
     * | [ASYNC] 'with' ','.with_item+ ':' block, with the invalid_ forms around them.
     */
    private Stmt withStmt() {
        int start = pos;
        if (callInvalid) {
            invalidWithStmt(true);
        }
        boolean async = accept(ASYNC);
        pos++; // 'with'
        int afterWith = pos;
        List<WithItem> items = null;
        if (kind() == LPAR) {
            pos++;
            items = withItems();
            if (items != null) {
                accept(COMMA);
                if (!accept(RPAR) || kind() != COLON) {
                    items = null;
                }
            }
            if (items == null) {
                pos = afterWith;
            }
        }
        if (items == null) {
            items = withItems();
        }
        if (items != null && accept(COLON)) {
            List<Stmt> body = block();
            if (body != null) {
                return async ? new AsyncWith(items, body, null, loc(start)) : new With(items, body, null, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            invalidWithStmt(false);
        }
        return null;
    }

    /** ','.with_item+ */
    private List<WithItem> withItems() {
        List<WithItem> r = null;
        while (true) {
            int m = pos;
            WithItem w = withItem();
            if (w == null) {
                if (r != null) {
                    pos = m - 1;
                }
                break;
            }
            if (r == null) {
                r = list();
            }
            r.add(w);
            if (kind() != COMMA) {
                break;
            }
            pos++;
        }
        return r;
    }

    /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
    private WithItem withItem() {
        int start = pos;
        Expr e = expression();
        if (e == null) {
            return null;
        }
        int afterExpr = pos;
        if (accept(AS)) {
            Expr t = starTarget();
            if (t != null) {
                TokenKind k = kind();
                if (k == COMMA || k == RPAR || k == COLON) {
                    return new WithItem(e, t);
                }
            }
            if (callInvalid) {
                pos = afterExpr + 1;
                Expr a = expression();
                if (a != null) {
                    TokenKind k = kind();
                    if (k == COMMA || k == RPAR || k == COLON) {
                        raiseInvalidTarget(STAR_TARGETS, a);
                    }
                }
            }
            pos = afterExpr;
        }
        return new WithItem(e, null);
    }

    /** invalid_with_stmt_indent (first) and invalid_with_stmt (last). */
    private void invalidWithStmt(boolean indentForms) {
        int start = pos;
        accept(ASYNC);
        Token kw = tok();
        pos++;
        for (int paren = 0; paren < 2; paren++) {
            pos = start + (toks[start].kind() == ASYNC ? 2 : 1);
            boolean ok;
            if (paren == 0) {
                ok = looseWithItems(false);
            } else {
                ok = accept(LPAR) && looseWithItems(true);
                if (ok) {
                    accept(COMMA);
                    ok = accept(RPAR);
                }
            }
            if (!ok) {
                continue;
            }
            if (indentForms) {
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'with' statement on line " + kw.lineno());
                }
            } else if (kind() == NEWLINE) {
                throw raiseLast("expected ':'");
            }
        }
        pos = start;
    }

    /** ','.(expression ['as' star_target])+ (or with 'expressions' inside parentheses). */
    private boolean looseWithItems(boolean parenthesized) {
        boolean any = false;
        while (true) {
            int m = pos;
            if (any && !accept(COMMA)) {
                break;
            }
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) {
                pos = m;
                break;
            }
            any = true;
            if (kind() == AS) {
                int a = pos;
                pos++;
                if (starTarget() == null) {
                    pos = a;
                }
            }
        }
        return any;
    }

    /**
     * try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
     * | 'try' &&':' block except_block+ [else_block] [finally_block]
     * | 'try' &&':' block except_star_block+ [else_block] [finally_block]
     */
    private Stmt tryStmt() {
        int start = pos;
        if (callInvalid) {
            invalidTryStmt();
        }
        pos++;
        expectForced(COLON);
        List<Stmt> body = block();
        if (body == null) {
            pos = start;
            return null;
        }
        int afterBody = pos;
        if (kind() == FINALLY) {
            List<Stmt> fin = finallyBlock();
            if (fin != null) {
                return new Try(body, List.of(), List.of(), fin, loc(start));
            }
            pos = afterBody;
        }
        for (int star = 0; star < 2; star++) {
            pos = afterBody;
            List<ExceptHandler> handlers = list();
            while (kind() == EXCEPT) {
                ExceptHandler h = star == 0 ? exceptBlock() : exceptStarBlock();
                if (h == null) {
                    break;
                }
                handlers.add(h);
            }
            if (handlers.isEmpty()) {
                continue;
            }
            List<Stmt> orelse = List.of();
            if (kind() == ELSE) {
                List<Stmt> eb = elseBlock();
                if (eb != null) {
                    orelse = eb;
                }
            }
            List<Stmt> fin = List.of();
            if (kind() == FINALLY) {
                List<Stmt> f = finallyBlock();
                if (f != null) {
                    fin = f;
                }
            }
            return star == 0 ? new Try(body, handlers, orelse, fin, loc(start))
                    : new TryStar(body, handlers, orelse, fin, loc(start));
        }
        pos = start;
        return null;
    }

    private void invalidTryStmt() {
        int start = pos;
        Token kw = tok();
        pos++;
        // a='try' ':' NEWLINE !INDENT
        if (colonNewlineNoIndent()) {
            throw raiseLast("IndentationError", "expected an indented block after 'try' statement on line " + kw.lineno());
        }
        // 'try' ':' block !('except' | 'finally')
        if (accept(COLON)) {
            int afterColon = pos;
            List<Stmt> b = block();
            if (b != null && kind() != EXCEPT && kind() != FINALLY) {
                throw raiseLast("expected 'except' or 'finally' block");
            }
            // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
            pos = afterColon;
            while (block() != null) {
                // block*
            }
            int afterBlocks = pos;
            int n = 0;
            while (kind() == EXCEPT) {
                int m = pos;
                if (exceptBlock() == null) {
                    pos = m;
                    break;
                }
                n++;
            }
            if (n > 0 && kind() == EXCEPT && kindAt(1) == STAR) {
                Token a = tok();
                Token s = tokAt(1);
                pos += 2;
                if (expression() != null) {
                    asName();
                    if (kind() == COLON) {
                        throw raiseRange(loc(a), loc(s), "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
            pos = afterBlocks;
            n = 0;
            while (kind() == EXCEPT) {
                int m = pos;
                if (exceptStarBlock() == null) {
                    pos = m;
                    break;
                }
                n++;
            }
            if (n > 0 && kind() == EXCEPT) {
                Token a = tok();
                pos++;
                int m = pos;
                if (expression() != null) {
                    asName();
                } else {
                    pos = m;
                }
                if (kind() == COLON) {
                    throw raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        pos = start;
    }

    /** ['as' NAME]: the name, or null (pos unchanged). */
    private String asName() {
        if (kind() == AS && kindAt(1) == NAME) {
            String s = tokAt(1).text();
            pos += 2;
            return s;
        }
        return null;
    }

    /**
     * except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
     * | 'except' ':' block | invalid_except_stmt
     */
    private ExceptHandler exceptBlock() {
        int start = pos;
        Token kw = tok();
        if (callInvalid) {
            pos++;
            if (expression() != null) {
                asName();
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'except' statement on line " + kw.lineno());
                }
            }
            pos = start + 1;
            if (colonNewlineNoIndent()) {
                throw raiseLast("IndentationError",
                        "expected an indented block after 'except' statement on line " + kw.lineno());
            }
            pos = start;
        }
        pos++;
        Expr type = expression();
        if (type != null) {
            String name = asName();
            if (accept(COLON)) {
                List<Stmt> b = block();
                if (b != null) {
                    return new ExceptHandler(type, name, b, loc(start));
                }
            }
        }
        pos = start + 1;
        if (accept(COLON)) {
            List<Stmt> b = block();
            if (b != null) {
                return new ExceptHandler(null, null, b, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            invalidExceptStmt();
        }
        return null;
    }

    /** except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt */
    private ExceptHandler exceptStarBlock() {
        int start = pos;
        Token kw = tok();
        if (callInvalid) {
            pos++;
            if (accept(STAR) && expression() != null) {
                asName();
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'except*' statement on line " + kw.lineno());
                }
            }
            pos = start;
        }
        pos++;
        if (accept(STAR)) {
            Expr type = expression();
            if (type != null) {
                String name = asName();
                if (accept(COLON)) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return new ExceptHandler(type, name, b, loc(start));
                    }
                }
            }
        }
        pos = start;
        if (callInvalid) {
            invalidExceptStmt();
        }
        return null;
    }

    private void invalidExceptStmt() {
        int start = pos;
        pos++;
        // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
        accept(STAR);
        Expr a = expression();
        if (a != null && accept(COMMA) && expressions() != null) {
            asName();
            if (kind() == COLON) {
                throw raiseFrom(a.loc(), "multiple exception types must be parenthesized");
            }
        }
        // a='except' '*'? expression ['as' NAME ] NEWLINE
        pos = start + 1;
        accept(STAR);
        if (expression() != null) {
            asName();
            if (kind() == NEWLINE) {
                throw raiseLast("expected ':'");
            }
        }
        // a='except' NEWLINE
        pos = start + 1;
        if (kind() == NEWLINE) {
            throw raiseLast("expected ':'");
        }
        // a='except' '*' (NEWLINE | ':')
        if (accept(STAR) && (kind() == NEWLINE || kind() == COLON)) {
            throw raiseLast("expected one or more exception types");
        }
        pos = start;
    }

    /** finally_block: invalid_finally_stmt | 'finally' &&':' block */
    private List<Stmt> finallyBlock() {
        int start = pos;
        Token kw = tok();
        pos++;
        if (callInvalid && colonNewlineNoIndent()) {
            throw raiseLast("IndentationError",
                    "expected an indented block after 'finally' statement on line " + kw.lineno());
        }
        pos = start + 1;
        expectForced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            pos = start;
        }
        return b;
    }

    /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
    private Stmt matchStmt() {
        int start = pos;
        Token kw = tok();
        pos++;
        Expr subject = subjectExpr();
        if (subject != null && accept(COLON) && accept(NEWLINE) && accept(INDENT)) {
            List<MatchCase> cases = list();
            while (atName("case")) {
                MatchCase c = caseBlock();
                if (c == null) {
                    break;
                }
                cases.add(c);
            }
            if (!cases.isEmpty() && accept(DEDENT)) {
                return new Match(subject, cases, loc(start));
            }
        }
        pos = start;
        if (callInvalid) {
            pos++;
            subject = subjectExpr();
            if (subject != null) {
                if (kind() == NEWLINE) {
                    throw raiseLast("expected ':'");
                }
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'match' statement on line " + kw.lineno());
                }
            }
            pos = start;
        }
        return null;
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr subjectExpr() {
        int start = pos;
        Expr a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            List<Expr> elts = list();
            elts.add(a);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
            return new Tuple(elts, LOAD, loc(start));
        }
        pos = start;
        return namedExpression();
    }

    /** case_block: invalid_case_block | "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        int start = pos;
        Token kw = tok();
        if (callInvalid) {
            pos++;
            if (patterns() != null) {
                guard();
                if (kind() == NEWLINE) {
                    throw raiseLast("expected ':'");
                }
                if (colonNewlineNoIndent()) {
                    throw raiseLast("IndentationError",
                            "expected an indented block after 'case' statement on line " + kw.lineno());
                }
            }
            pos = start;
        }
        pos++;
        Pattern p = patterns();
        if (p != null) {
            Expr g = guard();
            if (accept(COLON)) {
                List<Stmt> body = block();
                if (body != null) {
                    return new MatchCase(p, g, body);
                }
            }
        }
        pos = start;
        return null;
    }

    /** guard: 'if' named_expression */
    private Expr guard() {
        int m = pos;
        if (!accept(IF)) {
            return null;
        }
        Expr e = namedExpression();
        if (e == null) {
            pos = m;
        }
        return e;
    }
}
