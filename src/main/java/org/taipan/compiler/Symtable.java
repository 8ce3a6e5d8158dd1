package org.taipan.compiler;

import java.util.IdentityHashMap;
import java.util.Map;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Node;

/**
 * The symbol table of a module (CPython's symtable.c): one {@link Scope} per block, built in
 * two passes. {@link SymtableVisitor} records how each name is used in each block and raises
 * the errors CPython raises while visiting; {@link SymtableAnalyzer} then resolves every name
 * to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL and raises the
 * global/nonlocal errors.
 */
public final class Symtable {
    private final Scope top;
    private final Future future;
    private final Map<Node, Scope> byNode;

    Symtable(Scope top, Future future, Map<Node, Scope> byNode) {
        this.top = top;
        this.future = future;
        this.byNode = byNode;
    }

    /** Builds the table; throws PySyntaxError as {@code compile()} would at this stage. */
    public static Symtable build(Mod mod, String filename) {
        CompileError errors = new CompileError(filename, null);
        return build(mod, Future.of(mod, errors), errors);
    }

    static Symtable build(Mod mod, Future future, CompileError errors) {
        Map<Node, Scope> byNode = new IdentityHashMap<>();
        Scope top = new SymtableVisitor(future, errors, byNode).visitModule(mod);
        new SymtableAnalyzer(errors).analyze(top);
        return new Symtable(top, future, byNode);
    }

    /** The module block. */
    public Scope top() { return top; }

    public Future future() { return future; }

    /**
     * The block a node opens: FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp,
     * SetComp, DictComp, GeneratorExp (by identity), or the Mod; null for other nodes and for
     * the detached annotation blocks of {@code from __future__ import annotations}.
     */
    public Scope scopeOf(Node node) {
        return byNode.get(node);
    }
}
