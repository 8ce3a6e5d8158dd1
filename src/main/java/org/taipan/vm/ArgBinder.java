package org.taipan.vm;

import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/**
 * Binds a call's arguments to a Python function's parameters in its new frame, with CPython's
 * TypeErrors. The frame's first slots are the parameters in code order: positional (the
 * positional-only ones first), keyword-only, then {@code *args}, then {@code **kwargs}.
 */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, PyObject[] slots, PyObject[] args, String[] kwnames) {
        PyCode co = fn.code;
        // The common call: exactly the positional parameters, nothing else to bind.
        if (kwnames == null && args.length == co.argcount && co.kwonlyargcount == 0
                && (co.flags & (CodeUnit.CO_VARARGS | CodeUnit.CO_VARKEYWORDS)) == 0) {
            System.arraycopy(args, 0, slots, 0, args.length);
            return;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & CodeUnit.CO_VARARGS) != 0;
        boolean varkw = (co.flags & CodeUnit.CO_VARKEYWORDS) != 0;

        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            slots[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, slots, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - n)];
            System.arraycopy(args, n, rest, 0, rest.length);
            slots[total] = PyTuple.wrap(rest);
        }

        List<String> posOnlyAsKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int p = paramIndex(co, name, co.posonlyargcount, total);
            if (p < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(name), value);
                    continue;
                }
                if (paramIndex(co, name, 0, co.posonlyargcount) >= 0) {
                    if (posOnlyAsKeyword == null) {
                        posOnlyAsKeyword = new ArrayList<>();
                    }
                    posOnlyAsKeyword.add(name);
                    continue;
                }
                throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (slots[p] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            slots[p] = value;
        }
        if (posOnlyAsKeyword != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKeyword) + "'");
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(fn, npos, slots);
        }

        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        int firstDefault = argcount - ndefaults;
        List<String> missing = new ArrayList<>();
        for (int i = npos; i < argcount; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = fn.defaults.get(i - firstDefault);
                } else {
                    missing.add(co.localsplusNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(fn.qualname, "positional", missing);
        }
        for (int i = argcount; i < total; i++) {
            if (slots[i] == null) {
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(PyStr.of(co.localsplusNames[i]));
                if (d != null) {
                    slots[i] = d;
                } else {
                    missing.add(co.localsplusNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(fn.qualname, "keyword-only", missing);
        }
    }

    private static int paramIndex(PyCode co, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (co.localsplusNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] slots) {
        PyCode co = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
        String sig = ndefaults > 0 ? "from " + (co.argcount - ndefaults) + " to " + co.argcount
                : Integer.toString(co.argcount);
        boolean plural = ndefaults > 0 || co.argcount != 1;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (slots[i] != null) {
                kwonlyGiven++;
            }
        }
        String kwonly = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(fn.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonly + (given == 1 && kwonlyGiven == 0 ? " was" : " were") + " given");
    }

    private static RuntimeException missingArguments(String qualname, String kind, List<String> names) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }
}
