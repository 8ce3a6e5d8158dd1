package org.taipan.compiler;

import static org.taipan.compiler.Symbol.CELL;
import static org.taipan.compiler.Symbol.DEF_BOUND;
import static org.taipan.compiler.Symbol.DEF_FREE_CLASS;
import static org.taipan.compiler.Symbol.DEF_GLOBAL;
import static org.taipan.compiler.Symbol.DEF_NONLOCAL;
import static org.taipan.compiler.Symbol.FREE;
import static org.taipan.compiler.Symbol.GLOBAL_EXPLICIT;
import static org.taipan.compiler.Symbol.GLOBAL_IMPLICIT;
import static org.taipan.compiler.Symbol.LOCAL;
import static org.taipan.compiler.Symbol.SCOPE_OFFSET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second pass of the symbol table: resolves the scope of every name, top down. Each block
 * receives the names bound in enclosing function blocks ({@code bound}) and the names known
 * to be global ({@code global}); it hands back up the names its children need from outside
 * ({@code free}), which become cells where they are bound.
 */
final class SymtableAnalyzer {
    private final CompileError errors;

    SymtableAnalyzer(CompileError errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    /** {@code bound} is null for the module; all three sets are this block's own copies. */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        // A class body is invisible to the blocks inside it: they see what the class saw.
        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.kind == Scope.Kind.FUNCTION) {
            // A local that a child needs becomes a cell.
            for (Map.Entry<String, Integer> e : scopes.entrySet()) {
                if (e.getValue() == LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(CELL);
                }
            }
        } else if (ste.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        updateSymbols(ste, scopes, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errors.at("name '" + name + "' is nonlocal and global", ste.directives.get(name));
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errors.at("nonlocal declaration not allowed at module level", ste.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw errors.at("no binding for nonlocal '" + name + "' found", ste.directives.get(name));
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // Neither bound nor declared here: an enclosing function's binding, or a global.
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
        } else {
            if (ste.nested && (global == null || !global.contains(name))) {
                ste.free = true;
            }
            scopes.put(name, GLOBAL_IMPLICIT);
        }
    }

    /**
     * Stores the resolved scopes, then records the free names of the children: a free name
     * this block does not define passes through it (as FREE) if an enclosing function binds it.
     */
    private void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()) << SCOPE_OFFSET));
        }
        // CPython walks a hash set here, so the order of the added names is arbitrary there;
        // sorting makes it deterministic here.
        List<String> names = new ArrayList<>(free);
        names.sort(Scope::compareCodePoints);
        for (String name : names) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                // A method's free name that the class also binds: the method must skip the class.
                if (ste.kind == Scope.Kind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
