package org.taipan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.vm.Interpreter;

/**
 * Tab completion at the prompt, as CPython's rlcompleter offers it: keywords and the names of
 * the session and of builtins, or for {@code a.b.c} the attributes of {@code a.b} (found by
 * attribute look-ups only; nothing is called). Callables get an opening bracket.
 */
final class Completion {
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private final Interpreter interp;
    private final PyDict globals;

    Completion(Interpreter interp, PyDict globals) {
        this.interp = interp;
        this.globals = globals;
    }

    /** The completions of {@code word} (an identifier or a dotted name), sorted. */
    List<String> complete(String word) {
        try {
            int dot = word.lastIndexOf('.');
            return dot < 0 ? names(word) : attributes(word.substring(0, dot), word.substring(dot + 1));
        } catch (RuntimeException e) {
            return List.of(); // a failing look-up or __dir__ offers nothing
        }
    }

    private List<String> names(String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (String k : KEYWORDS) {
            if (k.startsWith(prefix)) {
                out.add(k.equals("finally") || k.equals("try") ? k + ":"
                        : List.of("False", "None", "True", "break", "continue", "pass", "else").contains(k) ? k : k + " ");
            }
        }
        for (PyDict d : new PyDict[] {globals, interp.builtins.instanceDict()}) {
            for (PyObject k : d.keysArray()) {
                if (k instanceof PyStr s && s.toString().startsWith(prefix) && !out.contains(s + " ")) {
                    out.add(withBracket(s.toString(), d.getItem(k)));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> attributes(String expr, String prefix) {
        String[] parts = expr.split("\\.", -1);
        PyObject o = globals.getItem(PyStr.of(parts[0]));
        if (o == null) {
            o = interp.builtins.instanceDict().getItem(PyStr.of(parts[0]));
        }
        if (o == null) {
            return List.of();
        }
        for (int i = 1; i < parts.length; i++) {
            o = Abstract.getAttr(o, PyStr.of(parts[i]));
        }
        PyObject dir = interp.builtins.instanceDict().getItem(PyStr.of("dir"));
        TreeSet<String> out = new TreeSet<>();
        for (PyObject n : org.taipan.objects.Iter.toArray(Abstract.call(dir, new PyObject[] {o}, null))) {
            String name = n.toString();
            // As rlcompleter: private names only when asked for with "_", dunders with "__".
            if (!name.startsWith(prefix) || prefix.isEmpty() && name.startsWith("_")
                    || prefix.equals("_") && name.startsWith("__")) {
                continue;
            }
            PyObject v = Abstract.lookupAttr(o, PyStr.of(name));
            out.add(expr + "." + withBracket(name, v));
        }
        return new ArrayList<>(out);
    }

    private static String withBracket(String name, PyObject v) {
        return v != null && v.type().call != null ? name + "(" : name;
    }
}
