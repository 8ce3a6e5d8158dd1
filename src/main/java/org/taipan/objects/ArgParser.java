package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds the arguments of a call to a builtin's parameters, raising the TypeError messages
 * CPython gives for the same mistakes. A parser is made once per builtin from a signature in
 * the form of {@code __text_signature__}: {@code "sep=None, maxsplit=-1"},
 * {@code "bytes, /, byteorder='big', *, signed=False"}. Only the presence of a default matters
 * here; the builtin substitutes its own default for a missing argument (null in the bound array).
 */
public final class ArgParser {
    /** How CPython words the errors for this function (its argument-parsing family). */
    public enum Style {
        /** Argument Clinic / PyArg_ParseTupleAndKeywords: "split() takes at most 2 arguments (3 given)". */
        CLINIC,
        /** PyArg_UnpackTuple: "divmod expected 2 arguments, got 1"; no keywords at all. */
        UNPACK
    }

    private final String name;
    private final Style style;
    private final String[] params;
    private final int posOnly;
    private final int positional;  // parameters that may be given by position
    private final int required;    // leading parameters without a default
    private final boolean[] requiredKwOnly;
    /** CPython's METH_VARARGS functions refuse keywords under their bare name ("log()"). */
    private boolean varargs;

    private ArgParser(String name, Style style, String signature) {
        this.name = name;
        this.style = style;
        List<String> names = new ArrayList<>();
        int posOnlyCount = 0, positionalCount = -1, requiredCount = 0;
        List<Boolean> kwRequired = new ArrayList<>();
        boolean sawDefault = false;
        for (String raw : signature.isBlank() ? new String[0] : signature.split(",")) {
            String p = raw.trim();
            if (p.equals("/")) {
                posOnlyCount = names.size();
                continue;
            }
            if (p.equals("*")) {
                positionalCount = names.size();
                continue;
            }
            boolean hasDefault = p.contains("=");
            String n = hasDefault ? p.substring(0, p.indexOf('=')).trim() : p;
            if (positionalCount < 0) {
                if (!hasDefault && !sawDefault) {
                    requiredCount++;
                }
                sawDefault |= hasDefault;
            } else {
                kwRequired.add(!hasDefault);
            }
            names.add(n);
        }
        this.params = names.toArray(new String[0]);
        this.posOnly = posOnlyCount;
        this.positional = positionalCount < 0 ? params.length : positionalCount;
        this.required = requiredCount;
        this.requiredKwOnly = new boolean[kwRequired.size()];
        for (int i = 0; i < requiredKwOnly.length; i++) {
            requiredKwOnly[i] = kwRequired.get(i);
        }
    }

    public static ArgParser clinic(String name, String signature) {
        return new ArgParser(name, Style.CLINIC, signature);
    }

    /** Positional-only parameters, between {@code min} and {@code max} of them. */
    public static ArgParser unpack(String name, int min, int max) {
        StringBuilder sig = new StringBuilder();
        for (int i = 0; i < max; i++) {
            sig.append(i == 0 ? "" : ", ").append("arg").append(i).append(i >= min ? "=None" : "");
        }
        return new ArgParser(name, Style.UNPACK, sig.append(max > 0 ? ", /" : "").toString());
    }

    /**
     * Marks a positional-only parser as CPython's METH_VARARGS (PyArg_UnpackTuple) rather than
     * METH_FASTCALL: its keyword refusal keeps the bare name, where the calling method would
     * otherwise name itself fully ("math.pow() takes no keyword arguments").
     */
    public ArgParser varargs() {
        varargs = true;
        return this;
    }

    /**
     * Binds {@code args[start..]} (positional values, then the values of {@code kwnames}) to
     * the parameters; a parameter that was not given is null in the result.
     */
    public PyObject[] bind(PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        if (style == Style.UNPACK) {
            if (nkw > 0) {
                PyException e = Errors.typeError(name + "() takes no keyword arguments");
                e.keywordRefusal = varargs ? null : name;
                throw e;
            }
            checkUnpackCount(npos);
        } else if (npos + nkw > params.length) {
            throw Errors.typeError(name + "() takes at most " + params.length + (npos == 0 ? " keyword" : "")
                    + " argument" + (params.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        } else if (npos > positional && positional == 0) {
            throw Errors.typeError(name + "() takes no positional arguments");
        } else if (npos > positional) {
            throw Errors.typeError(name + "() takes " + (positional == required ? "exactly " : "at most ")
                    + positional + (positional < params.length ? " positional" : "") + " argument"
                    + (positional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[params.length];
        System.arraycopy(args, start, out, 0, npos);
        // As CPython's _PyArg_UnpackKeywords: a missing required argument is reported before a
        // keyword that matches nothing or repeats a positional one.
        PyException badKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int p = indexOf(kw);
            if (p < 0 || p < posOnly) {
                badKeyword = badKeyword != null ? badKeyword
                        : Errors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            } else if (out[p] != null) {
                badKeyword = Errors.typeError("argument for " + name + "() given by name ('" + kw
                        + "') and position (" + (p + 1) + ")");
            } else {
                out[p] = args[start + npos + k];
            }
        }
        for (int p = 0; p < required; p++) {
            if (out[p] == null) {
                if (p < posOnly) {
                    // Functions that take keywords at all say "positional" (CPython's _PyArg_UnpackKeywords).
                    throw Errors.typeError(name + "() takes " + (required == positional ? "exactly " : "at least ")
                            + required + (posOnly < params.length ? " positional" : "") + " argument"
                            + (required == 1 ? "" : "s") + " (" + npos + " given)");
                }
                throw Errors.typeError(name + "() missing required argument '" + params[p] + "' (pos " + (p + 1) + ")");
            }
        }
        for (int i = 0; i < requiredKwOnly.length; i++) {
            if (requiredKwOnly[i] && out[positional + i] == null) {
                throw Errors.typeError(name + "() missing required argument '" + params[positional + i] + "' (pos "
                        + (positional + i + 1) + ")");
            }
        }
        if (badKeyword != null) {
            throw badKeyword;
        }
        return out;
    }

    private void checkUnpackCount(int n) {
        int min = required, max = params.length;
        if (n >= min && n <= max) {
            return;
        }
        String bound = min == max ? "" : n < min ? "at least " : "at most ";
        int count = n < min ? min : max;
        throw Errors.typeError(name + " expected " + bound + count + " argument" + (count == 1 ? "" : "s")
                + ", got " + n);
    }

    private int indexOf(String kw) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }
}
