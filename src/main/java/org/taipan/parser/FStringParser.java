package org.taipan.parser;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Loc;

/**
 * Splits one f-string token (3.11 semantics: the tokenizer hands over the whole f-string as
 * one STRING) into literal text and replacement fields, parsing each field's expression
 * through {@link FStringHost#parseFStringExpr} (given the bare expression text; the host wraps
 * it in parentheses, and {@link FStringRelocation} places its tokens).
 *
 * <p>Positions as in 3.11: top-level Constants and every FormattedValue span the whole run of
 * strings; a format spec's JoinedStr and the literal text that ends it span the f-string token.
 */
final class FStringParser {
    private static final int MAX_BRACKETS = 200;

    private final Strings.Run run;
    private final Strings.Literal lit;
    private final String text;
    private final int end;
    private final Loc tokenLoc;
    private int pos;

    FStringParser(Strings.Run run, Strings.Literal lit) {
        this.run = run;
        this.lit = lit;
        this.text = lit.text();
        this.end = lit.bodyEnd();
        this.pos = lit.bodyStart();
        Token t = lit.token();
        this.tokenLoc = new Loc(t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /**
     * Collects values, merging adjacent literal text into one Constant. A Constant closed by a
     * following field gets the run's span and kind; one left at the end gets {@code endLoc} and
     * {@code endKind} (3.11 gives trailing literal text of a format spec the f-string token's
     * span and no kind).
     */
    static final class Builder {
        private final Strings.Run run;
        private final Loc endLoc;
        private final String endKind;
        private final List<Expr> values = new ArrayList<>();
        private final TextBuilder pending = new TextBuilder();

        Builder(Strings.Run run, Loc endLoc, String endKind) {
            this.run = run;
            this.endLoc = endLoc;
            this.endKind = endKind;
        }

        /** A String or a CodePointString (see {@link TextBuilder}). */
        void addLiteral(Object s) {
            pending.append(s);
        }

        void add(Expr e) {
            flush(run.loc, run.kind);
            values.add(e);
        }

        List<Expr> finish() {
            flush(endLoc, endKind);
            return values;
        }

        private void flush(Loc loc, String kind) {
            if (!pending.isEmpty()) {
                values.add(new Expr.Constant(pending.value(), kind, loc));
                pending.clear();
            }
        }
    }

    void parse(Builder out) {
        while (true) {
            literal(0, out);
            if (pos >= end) {
                return;
            }
            field(0, out);
        }
    }

    /**
     * Literal text up to a '{' or '}' that is not doubled (at the top level; in a format spec
     * braces are never doubled), adding it to {@code out}. CPython decodes the text in chunks
     * that end after each doubled brace, which shows in error positions and warnings.
     */
    private void literal(int level, Builder out) {
        int chunk = pos;
        while (pos < end) {
            char ch = text.charAt(pos++);
            if (!lit.raw() && ch == '\\' && pos < end) {
                ch = text.charAt(pos++);
                if (ch == 'N') {
                    // The braces of \N{NAME} are not a field; the char after N is taken anyway.
                    if (pos < end && text.charAt(pos++) == '{') {
                        while (pos < end && text.charAt(pos++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
                if (ch == '{') {
                    run.warn("invalid escape sequence '\\{'", lit.token());
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (pos < end && text.charAt(pos) == ch) {
                        addChunk(chunk, pos, out);
                        chunk = ++pos;
                        continue;
                    }
                    if (ch == '}') {
                        throw run.error("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                break;
            }
        }
        addChunk(chunk, pos, out);
    }

    private void addChunk(int from, int to, Builder out) {
        if (from == to) {
            return;
        }
        String s = text.substring(from, to);
        out.addLiteral(lit.raw() ? Strings.checkUtf8(s, run) : Strings.decodeStr(s, run, lit.token()));
    }

    /** A replacement field starting at the '{' at {@code pos}. */
    private void field(int level, Builder out) {
        int brace = pos++;
        if (level >= 2) {
            throw run.error("f-string: expressions nested too deeply");
        }
        int exprStart = pos;
        scanExpression();
        int exprEnd = pos;
        char term = text.charAt(pos);
        if (isBlank(exprStart, exprEnd)) {
            throw run.error(term == '!' || term == ':' || term == '='
                ? "f-string: expression required before '" + term + "'"
                : "f-string: empty expression not allowed");
        }
        Expr value = run.host.parseFStringExpr(text.substring(exprStart, exprEnd), relocation(brace));
        String debug = null;
        if (term == '=') {
            pos++;
            while (pos < end && isSpace(text.charAt(pos))) {
                pos++;
            }
            debug = text.substring(exprStart, pos);
        }
        int conversion = -1;
        if (pos < end && text.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = text.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw run.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        Expr spec = null;
        if (text.charAt(pos) == ':') {
            pos++;
            Builder specOut = new Builder(run, tokenLoc, null);
            while (true) {
                literal(level + 1, specOut);
                if (pos >= end || text.charAt(pos) == '}') {
                    break;
                }
                field(level + 1, specOut);
            }
            spec = new Expr.JoinedStr(specOut.finish(), tokenLoc);
        }
        if (pos >= end || text.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (debug != null) {
            out.addLiteral(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.add(new Expr.FormattedValue(value, conversion, spec, run.loc));
    }

    /**
     * Moves {@code pos} to the character that ends the expression: '}', '!', ':' or '=' outside
     * brackets and strings ("!=", "==", "<=", ">=" do not end it).
     */
    private void scanExpression() {
        char quote = 0;
        boolean triple = false;
        char[] brackets = new char[MAX_BRACKETS];
        int depth = 0;
        for (; pos < end; pos++) {
            char ch = text.charAt(pos);
            if (ch == '\\') {
                throw run.error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                        pos += 2;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                triple = pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch;
                if (triple) {
                    pos += 2;
                }
                quote = ch;
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (depth >= MAX_BRACKETS) {
                    throw run.error("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
                continue;
            }
            if (ch == '#') {
                throw run.error("f-string expression part cannot include '#'");
            }
            char next = pos + 1 < end ? text.charAt(pos + 1) : 0;
            if (depth == 0 && (ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                pos++;
                continue;
            }
            if (depth == 0 && (ch == '!' || ch == '=' || ch == ':' || ch == '}')) {
                return;
            }
            if (ch == ']' || ch == ')' || ch == '}') {
                if (depth == 0) {
                    throw run.error("f-string: unmatched '" + ch + "'");
                }
                char open = brackets[--depth];
                if (open != (ch == ']' ? '[' : ch == ')' ? '(' : '{')) {
                    throw run.error("f-string: closing parenthesis '" + ch
                        + "' does not match opening parenthesis '" + open + "'");
                }
            }
        }
        if (quote != 0) {
            throw run.error("f-string: unterminated string");
        }
        if (depth > 0) {
            throw run.error("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
        throw expectingBrace();
    }

    private PySyntaxError expectingBrace() {
        return run.error("f-string: expecting '}'");
    }

    /** CPython 3.11's placement of the expression that starts after the '{' at {@code brace}. */
    private FStringRelocation relocation(int brace) {
        Token t = lit.token();
        boolean newlineAfterBrace = false;
        for (int i = brace + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}' || c == '\n') {
                newlineAfterBrace = true;
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                break;
            }
        }
        int lines = 0;
        int lineStart = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                lineStart = i + 1;
            }
        }
        int cols = newlineAfterBrace ? 0 : Strings.utf8Length(text, lineStart, brace);
        return new FStringRelocation(t.lineno() + lines, (lines == 0 ? t.colOffset() : 0) + cols);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }
}
