package org.taipan.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Node;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): the module, a class body,
 * or a function-like body (def, lambda, comprehension). Symbol names are stored mangled
 * ({@link #mangle}); the insertion order of {@link #symbols()} is CPython's.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, ANNOTATION }

    /** Which comprehension a function-like block is, if any. */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    final Kind kind;
    final String name;
    /** The enclosing block; null for the module. */
    Scope parent;
    final Node node;
    final Loc loc;
    /** The class name used for mangling inside this block, or null. */
    final String privateName;
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** First global/nonlocal declaration of each (mangled) name, for error positions. */
    final Map<String, Loc> directives = new HashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    Comprehension comprehension = Comprehension.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    /** Set while visiting a comprehension's iteration target. */
    boolean compIterTarget;
    /** Depth of comprehension iterable expressions being visited (inherited by new blocks). */
    int compIterExpr;
    /** This block has free variables, or implicit globals while nested (CPython's ste_free). */
    boolean free;
    boolean childFree;

    Scope(Kind kind, String name, Node node, Loc loc, String privateName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.loc = loc;
        this.privateName = privateName;
    }

    public Kind kind() { return kind; }
    /** "top" for the module, else the def/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr". */
    public String name() { return name; }
    /** The AST node that opened the block (the Mod for the module). */
    public Node node() { return node; }
    /** The node's position; null for the module (CPython reports lineno 0). */
    public Loc loc() { return loc; }
    public int lineno() { return loc == null ? 0 : loc.lineno(); }
    public String privateName() { return privateName; }

    public boolean isFunction() { return kind == Kind.FUNCTION; }
    public boolean isNested() { return nested; }
    public boolean isGenerator() { return generator; }
    public boolean isCoroutine() { return coroutine; }
    public Comprehension comprehension() { return comprehension; }
    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkeywords() { return varkeywords; }
    public boolean returnsValue() { return returnsValue; }
    /** A class whose methods use {@code __class__} or {@code super}: it gets a {@code __class__} cell. */
    public boolean needsClassClosure() { return needsClassClosure; }
    public boolean hasFree() { return free; }
    public boolean hasChildFree() { return childFree; }

    /** The enclosing block; null for the module. */
    public Scope parent() { return parent; }

    /** The code object's co_name: the def/class name, or {@code <lambda>}, {@code <listcomp>} … */
    public String codeName() {
        return switch (name) {
            case "lambda", "listcomp", "setcomp", "dictcomp", "genexpr" ->
                    kind == Kind.FUNCTION && !(node instanceof org.taipan.parser.ast.Stmt) ? "<" + name + ">" : name;
            default -> name;
        };
    }

    /**
     * The code object's co_qualname (CPython's compiler_set_qualname): dotted through the
     * enclosing blocks, with {@code .<locals>} after a def or lambda (not after a comprehension),
     * as in {@code f.<locals>.g}, restarting at a def or class
     * whose name is declared global in the enclosing block.
     */
    public String qualname() {
        if (kind == Kind.MODULE) {
            return "<module>";
        }
        if (parent == null || parent.kind == Kind.MODULE) {
            return codeName();
        }
        if (node instanceof org.taipan.parser.ast.Stmt
                && parent.scopeOf(Scope.mangle(parent.privateName, name)) == Symbol.GLOBAL_EXPLICIT) {
            return codeName();
        }
        String base = parent.qualname();
        if (parent.kind == Kind.FUNCTION && parent.comprehension == Comprehension.NONE) {
            base += ".<locals>";
        }
        return base + "." + codeName();
    }

    /** The blocks opened directly inside this one, in source (visit) order. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The symbols in CPython's order. */
    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>(symbols.size());
        symbols.forEach((n, f) -> out.add(new Symbol(n, f)));
        return out;
    }

    /** The symbol for an already mangled name, or null. */
    public Symbol symbol(String mangledName) {
        Integer f = symbols.get(mangledName);
        return f == null ? null : new Symbol(mangledName, f);
    }

    /** Flags of an already mangled name (0 if absent). */
    public int flags(String mangledName) {
        return symbols.getOrDefault(mangledName, 0);
    }

    /** Resolved scope ({@link Symbol#LOCAL} …) of an already mangled name, 0 if absent. */
    public int scopeOf(String mangledName) {
        return (flags(mangledName) >> Symbol.SCOPE_OFFSET) & 0xF;
    }

    /** The name as stored in this block's table (private names mangled with the class name). */
    public String mangle(String name) {
        return mangle(privateName, name);
    }

    /** Parameters in CPython's co_varnames order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }

    /**
     * Cell variables sorted by code point, CPython's numbering for the cell slots; a class that
     * needs the implicit {@code __class__} cell has exactly that one.
     */
    public List<String> cellvars() {
        if (needsClassClosure) {
            return List.of("__class__");
        }
        return sortedWhere(Symbol.CELL, 0);
    }

    /** Free variables sorted by code point; in a class this includes the DEF_FREE_CLASS names. */
    public List<String> freevars() {
        return sortedWhere(Symbol.FREE, Symbol.DEF_FREE_CLASS);
    }

    /** {@code co_cellvars} as CPython 3.11 orders it: parameters that are cells first, then the rest sorted. */
    public List<String> codeCellvars() {
        List<String> out = new ArrayList<>();
        List<String> sorted = cellvars();
        for (String v : varnames) {
            if (sorted.contains(v)) {
                out.add(v);
            }
        }
        for (String c : sorted) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private List<String> sortedWhere(int scope, int flag) {
        List<String> out = new ArrayList<>();
        symbols.forEach((n, f) -> {
            if (((f >> Symbol.SCOPE_OFFSET) & 0xF) == scope || (f & flag) != 0) {
                out.add(n);
            }
        });
        out.sort(Scope::compareCodePoints);
        return out;
    }

    /** Python's str ordering (by code point); Java's compareTo orders by UTF-16 unit. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // Code flags (CPython's CO_* values) that follow from the symbol table.
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** The co_flags bits CPython derives from this block (future-import flags not included). */
    public int codeFlags() {
        int flags = 0;
        if (kind == Kind.FUNCTION) {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
            if (nested) {
                flags |= CO_NESTED;
            }
            if (generator && coroutine) {
                flags |= CO_ASYNC_GENERATOR;
            } else if (generator) {
                flags |= CO_GENERATOR;
            } else if (coroutine) {
                flags |= CO_COROUTINE;
            }
            if (varargs) {
                flags |= CO_VARARGS;
            }
            if (varkeywords) {
                flags |= CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    /** CPython's name mangling of {@code __private} names inside class {@code privateName}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    @Override
    public String toString() {
        return kind + " " + name + "@" + lineno();
    }
}
