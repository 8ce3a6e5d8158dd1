package org.taipan.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one code object while it is compiled (CPython's compiler_unit). */
final class CodeGenUnit {
    enum Type { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    final Scope ste;
    final Type type;
    final String name;
    String qualname;
    String privateName;
    final FlowGraph g = new FlowGraph();
    FlowGraph.Block cur;
    final CodeGenConsts consts = new CodeGenConsts();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    /** Cell variables then free variables, as the deref instructions number them before assembly. */
    final List<String> cellvars;
    final List<String> freevars;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int firstlineno;
    /** The current location given to new instructions. */
    FlowGraph.Loc loc = FlowGraph.Loc.NONE;
    final List<CodeGenBase.FBlock> fblocks = new ArrayList<>();

    CodeGenUnit(Scope ste, Type type, String name, String privateName, int firstlineno) {
        this.ste = ste;
        this.type = type;
        this.name = name;
        this.privateName = privateName;
        this.firstlineno = firstlineno;
        this.cur = g.entry;
        this.cellvars = new ArrayList<>(ste.cellvars());
        this.freevars = new ArrayList<>(ste.freevars());
        if (type != Type.MODULE) {
            for (String v : ste.varnames()) {
                varnames.putIfAbsent(v, varnames.size());
            }
        }
    }

    int nameIndex(String n) {
        return names.computeIfAbsent(n, k -> names.size());
    }

    int varIndex(String n) {
        return varnames.computeIfAbsent(n, k -> varnames.size());
    }

    /** Index among cells then frees (fixed to localsplus offsets when assembling). */
    int derefIndex(String n, boolean cell) {
        if (cell) {
            int i = cellvars.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        int j = freevars.indexOf(n);
        if (j >= 0) {
            return cellvars.size() + j;
        }
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        throw new IllegalStateException("no cell or free variable " + n + " in " + name);
    }
}
