package org.taipan.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny evaluator for the subset of Python the type tests are written in, so that one case
 * line can be run both by python3 (which writes the expected result) and by Taipan's object
 * layer directly, before the real compiler exists. A case is statements separated by ";" whose
 * last one is an expression: assignments ({@code a = e}, {@code a[i] = e}, {@code a += e}),
 * {@code del a[i]}, and expressions with literals, displays, operators, calls with keywords and
 * {@code *args}, attributes, subscripts, slices, conditional expressions and lambdas.
 */
final class MiniPy {
    private final String src;
    private int pos;
    private String tok;      // current token text
    private char kind;       // 'n' name, 'i' int, 'f' float, 'j' imaginary, 's' str, 'b' bytes, 'o' operator, 'e' end
    private Object tokValue;

    interface Node {
        PyObject eval(Env env);
    }

    static final class Env {
        final Map<String, PyObject> vars = new HashMap<>();
        final Env parent;

        Env(Env parent) {
            this.parent = parent;
        }

        PyObject get(String name) {
            for (Env e = this; e != null; e = e.parent) {
                PyObject v = e.vars.get(name);
                if (v != null) {
                    return v;
                }
            }
            PyObject b = MiniBuiltins.get(name);
            if (b == null) {
                throw Errors.of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
            }
            return b;
        }
    }

    private MiniPy(String src) {
        this.src = src;
        advance();
    }

    /** Runs a case and returns its last expression's value. */
    static PyObject run(String source) {
        MiniPy p = new MiniPy(source);
        List<Node> stmts = new ArrayList<>();
        while (true) {
            stmts.add(p.statement());
            if (p.kind == 'e') {
                break;
            }
            p.expect(";");
        }
        Env env = new Env(null);
        PyObject last = PyNone.INSTANCE;
        for (Node n : stmts) {
            last = n.eval(env);
        }
        return last;
    }

    // ---- tokens

    private void advance() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= src.length()) {
            kind = 'e';
            tok = "";
            return;
        }
        char c = src.charAt(pos);
        int start = pos;
        if ((c == 'b' || c == 'r') && pos + 1 < src.length() && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '"')) {
            pos++;
            string(c == 'b', c == 'r');
            return;
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            kind = 'n';
            tok = src.substring(start, pos);
            return;
        }
        if (Character.isDigit(c) || c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
            number();
            return;
        }
        if (c == '\'' || c == '"') {
            string(false, false);
            return;
        }
        for (String op : new String[] {"...", "**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                kind = 'o';
                tok = op;
                return;
            }
        }
        pos++;
        kind = 'o';
        tok = String.valueOf(c);
    }

    private void number() {
        int start = pos;
        if (src.startsWith("0x", pos) || src.startsWith("0X", pos) || src.startsWith("0b", pos) || src.startsWith("0o", pos)) {
            int radix = switch (src.charAt(pos + 1)) {
                case 'x', 'X' -> 16; case 'b' -> 2; default -> 8;
            };
            pos += 2;
            while (pos < src.length() && (Character.digit(src.charAt(pos), radix) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
            kind = 'i';
            tokValue = new BigInteger(src.substring(start + 2, pos).replace("_", ""), radix);
            return;
        }
        boolean isFloat = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isDigit(c) || c == '_') {
                pos++;
            } else if (c == '.' && !src.startsWith("...", pos)) {
                isFloat = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && pos + 1 < src.length()
                    && (Character.isDigit(src.charAt(pos + 1)) || src.charAt(pos + 1) == '-' || src.charAt(pos + 1) == '+')) {
                isFloat = true;
                pos += 2;
            } else {
                break;
            }
        }
        String text = src.substring(start, pos).replace("_", "");
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            kind = 'j';
            tokValue = Double.parseDouble(text);
        } else if (isFloat) {
            kind = 'f';
            tokValue = Double.parseDouble(text);
        } else {
            kind = 'i';
            tokValue = new BigInteger(text);
        }
    }

    private void string(boolean bytes, boolean raw) {
        char q = src.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (src.charAt(pos) != q) {
            char c = src.charAt(pos++);
            if (c == '\\' && !raw) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    case 'x' -> {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                        pos += 2;
                    }
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    case 'U' -> {
                        sb.appendCodePoint(Integer.parseInt(src.substring(pos, pos + 8), 16));
                        pos += 8;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        pos++;
        kind = bytes ? 'b' : 's';
        tokValue = sb.toString();
        tok = "";
    }

    private boolean at(String op) {
        return (kind == 'o' || kind == 'n') && tok.equals(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            advance();
            return true;
        }
        return false;
    }

    private void expect(String op) {
        if (!accept(op)) {
            throw new IllegalArgumentException("expected " + op + " at " + pos + " in " + src);
        }
    }

    // ---- statements

    private Node statement() {
        if (accept("del")) {
            Node target = postfix();
            return target instanceof Subscript s ? env -> {
                store(s.obj.eval(env), s.key.eval(env), null);
                return PyNone.INSTANCE;
            } : fail("del target");
        }
        Node e = exprList();
        if (accept("=")) {
            Node value = exprList();
            return assign(e, value);
        }
        if (kind == 'o' && tok.length() >= 2 && tok.endsWith("=") && !tok.equals("==") && !tok.equals("<=")
                && !tok.equals(">=") && !tok.equals("!=")) {
            NumberOp op = inplace(tok);
            advance();
            Node value = exprList();
            Node combined = env -> Abstract.binaryOp(e.eval(env), value.eval(env), op);
            return assign(e, combined);
        }
        return e;
    }

    private static NumberOp inplace(String tok) {
        String sym = tok;
        for (NumberOp op : NumberOp.values()) {
            if (op.isInplace() && op.symbol.equals(sym)) {
                return op;
            }
        }
        throw new IllegalArgumentException(tok);
    }

    private static Node fail(String what) {
        throw new IllegalArgumentException("unsupported " + what);
    }

    /** A literal, or a number literal with unary minus (which CPython's AST optimiser folds). */
    private record Const(PyObject value) implements Node {
        public PyObject eval(Env env) {
            return value;
        }
    }

    private record Name(String id) implements Node {
        public PyObject eval(Env env) {
            return env.get(id);
        }
    }

    private record Subscript(Node obj, Node key) implements Node {
        public PyObject eval(Env env) {
            return Abstract.getItem(obj.eval(env), key.eval(env));
        }
    }

    private record Attribute(Node obj, String name) implements Node {
        public PyObject eval(Env env) {
            return Abstract.getAttr(obj.eval(env), PyStr.of(name));
        }
    }

    private static Node assign(Node target, Node value) {
        if (target instanceof Name n) {
            return env -> {
                env.vars.put(n.id, value.eval(env));
                return PyNone.INSTANCE;
            };
        }
        if (target instanceof Subscript s) {
            return env -> {
                PyObject o = s.obj.eval(env), k = s.key.eval(env);
                store(o, k, value.eval(env));
                return PyNone.INSTANCE;
            };
        }
        if (target instanceof Attribute a) {
            return env -> {
                PyObject o = a.obj.eval(env);
                Abstract.setAttr(o, PyStr.of(a.name), value.eval(env));
                return PyNone.INSTANCE;
            };
        }
        return fail("assignment target");
    }

    private static void store(PyObject o, PyObject key, PyObject value) {
        Slot.Store st = o.type().setitem;
        if (st == null) {
            throw Errors.typeError("'" + o.type().name() + "' object "
                    + (value == null ? "doesn't support item deletion" : "does not support item assignment"));
        }
        st.call(o, key, value);
    }

    // ---- expressions

    private Node exprList() {
        Node first = expr();
        if (!at(",")) {
            return first;
        }
        List<Node> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (kind == 'e' || at(";") || at("=") || at(")")) {
                break;
            }
            items.add(expr());
        }
        return tuple(items);
    }

    private static Node tuple(List<Node> items) {
        Node[] a = items.toArray(new Node[0]);
        return env -> PyTuple.wrap(evalAll(a, env));
    }

    private static PyObject[] evalAll(Node[] a, Env env) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].eval(env);
        }
        return out;
    }

    private Node expr() {
        if (accept("lambda")) {
            List<String> params = new ArrayList<>();
            while (!at(":")) {
                params.add(tok);
                advance();
                accept(",");
            }
            expect(":");
            Node body = expr();
            return env -> new MiniBuiltins.Lambda(params.toArray(new String[0]), body, env);
        }
        Node e = or();
        if (accept("if")) {
            Node cond = or();
            expect("else");
            Node other = expr();
            Node then = e;
            return env -> Abstract.isTrue(cond.eval(env)) ? then.eval(env) : other.eval(env);
        }
        return e;
    }

    private Node or() {
        Node l = and();
        while (accept("or")) {
            Node a = l, b = and();
            l = env -> {
                PyObject v = a.eval(env);
                return Abstract.isTrue(v) ? v : b.eval(env);
            };
        }
        return l;
    }

    private Node and() {
        Node l = not();
        while (accept("and")) {
            Node a = l, b = not();
            l = env -> {
                PyObject v = a.eval(env);
                return Abstract.isTrue(v) ? b.eval(env) : v;
            };
        }
        return l;
    }

    private Node not() {
        if (accept("not")) {
            Node a = not();
            return env -> PyBool.of(!Abstract.isTrue(a.eval(env)));
        }
        return comparison();
    }

    private interface Cmp {
        boolean test(PyObject a, PyObject b);
    }

    private Cmp compareOp() {
        for (CompareOp op : CompareOp.values()) {
            if (kind == 'o' && tok.equals(op.symbol)) {
                advance();
                return (a, b) -> Abstract.isTrue(Abstract.richCompare(a, b, op));
            }
        }
        if (accept("in")) {
            return (a, b) -> MiniBuiltins.contains(b, a);
        }
        if (at("not")) {
            advance();
            expect("in");
            return (a, b) -> !MiniBuiltins.contains(b, a);
        }
        if (accept("is")) {
            boolean neg = accept("not");
            return (a, b) -> (a == b) != neg;
        }
        return null;
    }

    private Node comparison() {
        Node first = bitOr();
        List<Cmp> ops = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        for (Cmp c = compareOp(); c != null; c = compareOp()) {
            ops.add(c);
            rest.add(bitOr());
        }
        if (ops.isEmpty()) {
            return first;
        }
        return env -> {
            PyObject a = first.eval(env);
            for (int i = 0; i < ops.size(); i++) {
                PyObject b = rest.get(i).eval(env);
                if (!ops.get(i).test(a, b)) {
                    return PyBool.FALSE;
                }
                a = b;
            }
            return PyBool.TRUE;
        };
    }

    private Node binary(java.util.function.Supplier<Node> next, String... syms) {
        Node l = next.get();
        outer:
        while (kind == 'o') {
            for (String s : syms) {
                if (tok.equals(s)) {
                    advance();
                    NumberOp op = plain(s);
                    Node a = l, b = next.get();
                    l = fold(a, b, op);
                    continue outer;
                }
            }
            break;
        }
        return l;
    }

    /**
     * CPython's AST optimiser folds operators on number constants, except int *, ** and << whose
     * result may exceed 128 bits (estimated from the operands' sizes).
     */
    private static Node fold(Node a, Node b, NumberOp op) {
        if (a instanceof Const x && b instanceof Const y && isNumber(x.value) && isNumber(y.value) && small(x, y, op)) {
            try {
                return new Const(Abstract.binaryOp(x.value, y.value, op));
            } catch (PyException e) {
                // not folded: the error happens at run time
            }
        }
        return env -> Abstract.binaryOp(a.eval(env), b.eval(env), op);
    }

    private static boolean small(Const x, Const y, NumberOp op) {
        if (!(x.value instanceof PyInt v) || !(y.value instanceof PyInt w)) {
            return true;
        }
        long vbits = v.bitLength(), wbits = w.bitLength();
        return switch (op) {
            case MULTIPLY -> v.signum() == 0 || w.signum() == 0 || vbits + wbits <= 128;
            case POWER -> v.signum() == 0 || w.signum() <= 0 || w.bitLength() < 32 && vbits <= 128 / w.longValue();
            case LSHIFT -> w.signum() < 0 || w.bitLength() < 32 && w.longValue() <= 128 && vbits <= 128 - w.longValue();
            default -> true;
        };
    }

    private static boolean isNumber(PyObject v) {
        return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex;
    }

    private static NumberOp plain(String sym) {
        for (NumberOp op : NumberOp.values()) {
            if (!op.isInplace() && op.symbol.equals(sym)) {
                return op;
            }
        }
        throw new IllegalArgumentException(sym);
    }

    private Node bitOr() {
        return binary(this::bitXor, "|");
    }

    private Node bitXor() {
        return binary(this::bitAnd, "^");
    }

    private Node bitAnd() {
        return binary(this::shift, "&");
    }

    private Node shift() {
        return binary(this::arith, "<<", ">>");
    }

    private Node arith() {
        return binary(this::term, "+", "-");
    }

    private Node term() {
        return binary(this::unary, "*", "/", "//", "%", "@");
    }

    private Node unary() {
        for (String s : new String[] {"-", "+", "~"}) {
            if (kind == 'o' && tok.equals(s)) {
                advance();
                Node a = unary();
                if (a instanceof Const c && (c.value instanceof PyInt || c.value instanceof PyFloat
                        || c.value instanceof PyComplex)) {
                    return new Const(MiniBuiltins.unary(s, c.value));
                }
                return env -> MiniBuiltins.unary(s, a.eval(env));
            }
        }
        return power();
    }

    private Node power() {
        Node base = postfix();
        if (accept("**")) {
            Node exp = unary();
            return fold(base, exp, NumberOp.POWER);
        }
        return base;
    }

    private Node postfix() {
        Node e = atom();
        while (true) {
            if (accept(".")) {
                String name = tok;
                advance();
                e = new Attribute(e, name);
            } else if (accept("(")) {
                e = call(e);
            } else if (accept("[")) {
                Node key = subscript();
                expect("]");
                e = new Subscript(e, key);
            } else {
                return e;
            }
        }
    }

    private Node call(Node f) {
        List<Node> args = new ArrayList<>();
        List<Boolean> starred = new ArrayList<>();
        List<String> kwnames = new ArrayList<>();
        List<Node> kwvalues = new ArrayList<>();
        while (!accept(")")) {
            if (accept("*")) {
                args.add(expr());
                starred.add(true);
            } else if (kind == 'n' && src.startsWith("=", pos) && !src.startsWith("==", pos)) {
                String name = tok;
                advance();
                expect("=");
                kwnames.add(name);
                kwvalues.add(expr());
            } else {
                args.add(expr());
                starred.add(false);
            }
            if (!accept(",")) {
                expect(")");
                break;
            }
        }
        String[] kw = kwnames.isEmpty() ? null : kwnames.toArray(new String[0]);
        return env -> {
            PyObject fn = f.eval(env);
            List<PyObject> values = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                PyObject v = args.get(i).eval(env);
                if (starred.get(i)) {
                    values.addAll(List.of(Iter.toArray(v)));
                } else {
                    values.add(v);
                }
            }
            for (Node n : kwvalues) {
                values.add(n.eval(env));
            }
            return Abstract.call(fn, values.toArray(new PyObject[0]), kw);
        };
    }

    private Node subscript() {
        List<Node> items = new ArrayList<>();
        boolean tuple = false;
        while (true) {
            items.add(sliceItem());
            if (!accept(",")) {
                break;
            }
            tuple = true;
            if (at("]")) {
                break;
            }
        }
        return tuple ? tuple(items) : items.get(0);
    }

    private Node sliceItem() {
        Node lower = at(":") ? null : expr();
        if (!accept(":")) {
            return lower;
        }
        Node upper = at(":") || at("]") || at(",") ? null : expr();
        Node step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expr();
        }
        Node[] parts = {lower, upper, step};
        return env -> new PySlice(part(parts[0], env), part(parts[1], env), part(parts[2], env));
    }

    private static PyObject part(Node n, Env env) {
        return n == null ? PyNone.INSTANCE : n.eval(env);
    }

    private Node atom() {
        switch (kind) {
            case 'i' -> {
                PyObject v = PyInt.of((BigInteger) tokValue);
                advance();
                return new Const(v);
            }
            case 'f' -> {
                PyObject v = PyFloat.of((Double) tokValue);
                advance();
                return new Const(v);
            }
            case 'j' -> {
                PyObject v = new PyComplex(0.0, (Double) tokValue);
                advance();
                return new Const(v);
            }
            case 's', 'b' -> {
                StringBuilder sb = new StringBuilder();
                char k = kind;
                while (kind == k) {
                    sb.append((String) tokValue);
                    advance();
                }
                String s = sb.toString();
                if (k == 's') {
                    return new Const(PyStr.of(s));
                }
                return new Const(new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
            case 'n' -> {
                String name = tok;
                advance();
                return switch (name) {
                    case "True" -> new Const(PyBool.TRUE);
                    case "False" -> new Const(PyBool.FALSE);
                    case "None" -> new Const(PyNone.INSTANCE);
                    default -> new Name(name);
                };
            }
            default -> {
            }
        }
        if (accept("...")) {
            return new Const(PyEllipsis.INSTANCE);
        }
        if (accept("(")) {
            if (accept(")")) {
                return env -> PyTuple.EMPTY;
            }
            Node first = expr();
            if (accept(")")) {
                return first;
            }
            List<Node> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (at(")")) {
                    break;
                }
                items.add(expr());
            }
            expect(")");
            return tuple(items);
        }
        if (accept("[")) {
            Node[] items = displayItems("]");
            return env -> PyList.wrap(evalAll(items, env));
        }
        if (accept("{")) {
            if (accept("}")) {
                return env -> new PyDict();
            }
            Node first = expr();
            if (accept(":")) {
                List<Node[]> pairs = new ArrayList<>();
                pairs.add(new Node[] {first, expr()});
                while (accept(",")) {
                    if (at("}")) {
                        break;
                    }
                    Node k = expr();
                    expect(":");
                    pairs.add(new Node[] {k, expr()});
                }
                expect("}");
                return env -> {
                    PyDict d = new PyDict();
                    for (Node[] p : pairs) {
                        d.setItem(p[0].eval(env), p[1].eval(env));
                    }
                    return d;
                };
            }
            List<Node> items = new ArrayList<>(List.of(first));
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                items.add(expr());
            }
            expect("}");
            Node[] a = items.toArray(new Node[0]);
            boolean constant = a.length >= 3 && java.util.Arrays.stream(a).allMatch(n -> n instanceof Const);
            return env -> {
                PySet s = new PySet();
                if (constant) {
                    // CPython folds this to a frozenset constant, which its constant merging rebuilds
                    // from the first frozenset's iteration order; SET_UPDATE then merges it
                    PyFrozenSet built = PyFrozenSet.of(evalAll(a, env));
                    s.update(PyFrozenSet.of(built.toArray()));
                    return s;
                }
                for (Node n : a) {
                    s.add(n.eval(env));
                }
                return s;
            };
        }
        throw new IllegalArgumentException("unexpected '" + tok + "' at " + pos + " in " + src);
    }

    private Node[] displayItems(String close) {
        List<Node> items = new ArrayList<>();
        while (!accept(close)) {
            items.add(expr());
            if (!accept(",")) {
                expect(close);
                break;
            }
        }
        return items.toArray(new Node[0]);
    }
}
