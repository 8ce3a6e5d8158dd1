package org.taipan.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Stmt;

/**
 * Prints a {@link Symtable} in the text format that src/test/resources/symtable/regen prints
 * for python3's {@code symtable} module (whose queries are reproduced here), plus what the
 * code object of each block would hold.
 */
final class SymtableDump {
    private final List<String> out = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    static List<String> dump(Symtable st) {
        SymtableDump d = new SymtableDump();
        d.collectKeys(st.top());
        d.table(st.top(), "");
        return d.out;
    }

    private void collectKeys(Scope s) {
        keys.add(codeKey(s));
        for (Scope c : s.children()) {
            collectKeys(c);
        }
    }

    private static String codeKey(Scope s) {
        String name = switch (s.name()) {
            case "lambda", "listcomp", "setcomp", "dictcomp", "genexpr" -> "<" + s.name() + ">";
            default -> s.name();
        };
        return name + "@" + firstLine(s);
    }

    /** A decorated def or class's code object starts at its first decorator. */
    private static int firstLine(Scope s) {
        Node n = s.node();
        List<Expr> decorators = switch (n) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.AsyncFunctionDef f -> f.decoratorList();
            case Stmt.ClassDef c -> c.decoratorList();
            default -> List.of();
        };
        return decorators.isEmpty() ? s.lineno() : decorators.get(0).loc().lineno();
    }

    private static String type(Scope s) {
        return switch (s.kind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
    }

    private static String list(List<String> xs) {
        return "[" + String.join(" ", xs) + "]";
    }

    /** Table order, with the names only passed through to children sorted at the end (see regen). */
    private static List<Symbol> ordered(Scope s) {
        List<Symbol> rest = new ArrayList<>();
        List<Symbol> through = new ArrayList<>();
        for (Symbol y : s.symbols()) {
            (y.flags() == Symbol.FREE << Symbol.SCOPE_OFFSET ? through : rest).add(y);
        }
        through.sort((a, b) -> Scope.compareCodePoints(a.name(), b.name()));
        rest.addAll(through);
        return rest;
    }

    private void table(Scope s, String ind) {
        List<String> childNames = new ArrayList<>();
        for (Scope c : s.children()) {
            childNames.add(c.name());
        }
        StringBuilder line = new StringBuilder(ind + type(s) + " " + s.name() + " line=" + s.lineno()
                + " nested=" + (s.isNested() ? 1 : 0) + " children=" + list(childNames));
        List<Symbol> syms = ordered(s);
        if (s.kind() == Scope.Kind.FUNCTION) {
            List<String> params = new ArrayList<>();
            List<String> locals = new ArrayList<>();
            List<String> globals = new ArrayList<>();
            List<String> nonlocals = new ArrayList<>();
            List<String> frees = new ArrayList<>();
            for (Symbol y : syms) {
                if (y.isParameter()) {
                    params.add(y.name());
                }
                if (y.isLocal()) {
                    locals.add(y.name());
                }
                if (y.isGlobal()) {
                    globals.add(y.name());
                }
                if (y.isNonlocal()) {
                    nonlocals.add(y.name());
                }
                if (y.isFree()) {
                    frees.add(y.name());
                }
            }
            frees.sort(Scope::compareCodePoints);
            line.append(" params=").append(list(params)).append(" locals=").append(list(locals))
                    .append(" globals=").append(list(globals)).append(" nonlocals=").append(list(nonlocals))
                    .append(" frees=").append(list(frees));
        }
        if (s.kind() == Scope.Kind.CLASS) {
            line.append(" methods=").append(list(new ArrayList<>(new LinkedHashSet<>(childNames))));
        }
        out.add(line.toString());
        Set<String> children = new LinkedHashSet<>(childNames);
        boolean module = s.kind() == Scope.Kind.MODULE;
        for (Symbol y : syms) {
            // Python's symtable counts a module's bound names as both local and global; it
            // recognizes the module by its name "top", so a function named top gets it too.
            boolean moduleBound = s.name().equals("top") && y.has(Symbol.DEF_BOUND);
            List<String> props = new ArrayList<>();
            addIf(props, "local", y.isLocal() || moduleBound);
            addIf(props, "global", y.isGlobal() || moduleBound);
            addIf(props, "declared_global", y.isDeclaredGlobal());
            addIf(props, "free", y.isFree());
            addIf(props, "nonlocal", y.isNonlocal());
            addIf(props, "parameter", y.isParameter());
            addIf(props, "imported", y.isImported());
            addIf(props, "assigned", y.isAssigned());
            addIf(props, "referenced", y.isReferenced());
            addIf(props, "annotated", y.isAnnotated());
            addIf(props, "namespace", children.contains(y.name()));
            out.add(ind + "  " + y.name() + " 0x" + Integer.toHexString(y.flags()) + " " + String.join(" ", props));
        }
        if (!module) {
            String key = codeKey(s);
            if (keys.stream().filter(key::equals).count() != 1) {
                out.add(ind + "  code ?");
            } else {
                out.add(ind + "  code " + s.qualname() + " varnames=" + list(s.varnames()) + " cellvars=" + list(s.codeCellvars())
                        + " freevars=" + list(s.freevars()) + " flags=0x" + Integer.toHexString(s.codeFlags()));
            }
        }
        for (Scope c : s.children()) {
            table(c, ind + "  ");
        }
    }

    private static void addIf(List<String> props, String name, boolean on) {
        if (on) {
            props.add(name);
        }
    }
}
