package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/** Calls: CALL with its fast path into Python functions, CALL_FUNCTION_EX, KW_NAMES, DICT_MERGE/UPDATE. */
final class Calls {
    private Calls() {}

    static String[] kwnames(PyObject names) {
        PyTuple t = (PyTuple) names;
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.get(i).toString();
        }
        return out;
    }

    /**
     * The lasti of a CALL whose stack holds {@code first second args…} ({@code NULL callable} or
     * {@code method self}): CPython 3.11 runs a Python function (bound or not) inline, with the
     * caller's lasti on the CALL's last cache unit while the callee runs.
     */
    static int callLasti(PyObject first, PyObject second, int instr) {
        PyObject callable = first == null ? second : first;
        return callable instanceof PyFunction
                || callable instanceof org.taipan.objects.PyMethod m && m.func instanceof PyFunction ? instr + 8 : instr;
    }

    /** Where an exception leaving instruction {@code instr} is reported: a Python callee whose arguments did not bind never ran. */
    static int failedAt(byte[] code, int instr, PyException e) {
        return code[instr] == org.taipan.compiler.Opcode.CACHE && e.value.traceback == null ? instr - 8 : instr;
    }

    /**
     * CALL argc: the stack holds {@code NULL callable args…} or {@code method self args…}
     * ({@code argc} counts args, keyword values included, but not self). Returns the new sp.
     */
    static int call(PyObject[] s, int sp, int argc, String[] kwnames) {
        int base = sp - argc - 2;
        PyObject callable;
        int first, n;
        if (s[base] == null) {
            callable = s[base + 1];
            first = base + 2;
            n = argc;
        } else {
            callable = s[base];
            first = base + 1;
            n = argc + 1;
        }
        PyObject result;
        if (kwnames == null && callable instanceof PyFunction fn && fn.code.simpleArgs && fn.code.argcount == n) {
            // Python to Python with exactly the positional parameters: copy them straight into the new frame.
            result = EvalLoop.callPositional(fn, s, first, n);
        } else {
            PyObject[] args = new PyObject[n];
            System.arraycopy(s, first, args, 0, n);
            result = Abstract.call(callable, args, kwnames);
        }
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = result;
        return base + 1;
    }

    /** CALL_FUNCTION_EX: {@code NULL func args [kwargs]} -- result, args any iterable, kwargs a dict. */
    static int callFunctionEx(PyObject[] s, int sp, boolean hasKwargs) {
        int base = sp - (hasKwargs ? 4 : 3);
        PyObject func = s[base + 1];
        PyObject callargs = s[base + 2];
        PyDict kwargs = hasKwargs ? (PyDict) s[base + 3] : null;
        PyObject[] positional;
        if (callargs instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            positional = t.toArray();
        } else {
            if (callargs.type().iter == null && callargs.type().getitem == null) {
                throw Errors.typeError(functionStr(func) + " argument after * must be an iterable, not "
                        + callargs.type().name());
            }
            positional = iterate(callargs);
        }
        PyObject[] args = positional;
        String[] kwnames = null;
        if (kwargs != null && kwargs.size() > 0) {
            PyObject[] keys = kwargs.keysArray();
            args = java.util.Arrays.copyOf(positional, positional.length + keys.length);
            kwnames = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                if (!(keys[i] instanceof PyStr k)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kwnames[i] = k.toString();
                args[positional.length + i] = kwargs.getItem(keys[i]);
            }
        }
        PyObject result = Abstract.call(func, args, kwnames);
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = result;
        return base + 1;
    }

    /** All items of an iterable. */
    static PyObject[] iterate(PyObject iterable) {
        return org.taipan.objects.Iter.toArray(iterable);
    }

    /** DICT_UPDATE, for {@code {**a}}: any mapping (a dict, or anything with keys() and subscription). */
    static void dictUpdate(PyDict target, PyObject update) {
        if (update instanceof PyDict src && PyDict.isPlainMapping(src)) {
            target.update(src); // with the stored hashes: no key is hashed again
            return;
        }
        PyObject keys = Abstract.lookupAttr(update, PyStr.of("keys"));
        if (keys == null) {
            throw Errors.typeError("'" + update.type().name() + "' object is not a mapping");
        }
        for (PyObject k : iterate(Abstract.call(keys, new PyObject[0], null))) {
            target.setItem(k, Abstract.getItem(update, k));
        }
    }

    /** DICT_MERGE, for {@code f(**a)}: like update, but a repeated key is an error. */
    static void dictMerge(PyDict target, PyObject update, PyObject func) {
        PyObject[] keys;
        boolean plain = update instanceof PyDict d && PyDict.isPlainMapping(d);
        if (plain) {
            keys = ((PyDict) update).keysArray();
        } else {
            PyObject keysMethod = Abstract.lookupAttr(update, PyStr.of("keys"));
            if (keysMethod == null) {
                throw Errors.typeError(functionStr(func) + " argument after ** must be a mapping, not "
                        + update.type().name());
            }
            keys = iterate(Abstract.call(keysMethod, new PyObject[0], null));
        }
        for (PyObject k : keys) {
            if (target.getItem(k) != null) {
                throw Errors.typeError(k instanceof PyStr ? functionStr(func)
                        + " got multiple values for keyword argument '" + k + "'" : "keywords must be strings");
            }
            target.setItem(k, plain ? ((PyDict) update).getItem(k) : Abstract.getItem(update, k));
        }
    }

    /** How CPython names a callable in call errors: "module.qualname()" or "qualname()". */
    static String functionStr(PyObject func) {
        if (func instanceof PyFunction f) {
            String module = f.module instanceof PyStr m ? m.toString() : null;
            return (module == null || module.equals("builtins") ? "" : module + ".") + f.qualname + "()";
        }
        PyObject qualname = Abstract.lookupAttr(func, PyStr.of("__qualname__"));
        if (qualname == null) {
            return Abstract.str(func) + "()";
        }
        PyObject module = Abstract.lookupAttr(func, PyStr.of("__module__"));
        String prefix = module instanceof PyStr m && !m.toString().equals("builtins") ? m + "." : "";
        return prefix + Abstract.str(qualname) + "()";
    }
}
