package org.taipan.objects;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with its checks, and the
 * recursive {@code split}/{@code subgroup} that {@code except*} is built on.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** Makes {@code t} ExceptionGroup: also a subclass of Exception, with BaseExceptionGroup's constructor. */
    static PyType exceptionGroupType(PyType t, PyType exception) {
        t.addBuiltinBase(exception);
        return t;
    }

    static void slots(PyType t) {
        t.tpNew = ExceptionGroups::newGroup;
        t.init = (self, args, kw) -> { };
        t.str = self -> {
            PyBaseException e = (PyBaseException) self;
            int n = exceptions(e).size();
            return PyStr.of(Abstract.str(e.field("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        };
    }

    static void methods(PyType t) {
        PyGetSetDescr.member(t, "message", self -> ((PyBaseException) self).field("message"));
        PyGetSetDescr.member(t, "exceptions", self -> exceptions((PyBaseException) self));
        t.method("derive", (self, excs) -> derive((PyBaseException) self, excs));
        t.method("split", (self, cond) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(cond));
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        t.method("subgroup", (self, cond) -> orNone(split((PyBaseException) self, matcher(cond))[0]));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    public static boolean isGroup(PyObject o) {
        return o instanceof PyBaseException e && e.type().isSubtype(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }

    public static PyTuple exceptions(PyBaseException e) {
        PyObject x = e.field("exceptions");
        return x instanceof PyTuple t ? t : PyTuple.EMPTY;
    }

    private static PyObject newGroup(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Errors.argTypeName(args[0]));
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) && seq.type().getitem == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Iter.toArray(seq);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.type().isSubtype(ExceptionTypes.EXCEPTION);
        }
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            if (allExceptions) {
                type = ExceptionTypes.EXCEPTION_GROUP;
            }
        } else if (type == ExceptionTypes.EXCEPTION_GROUP) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (!allExceptions && type.isSubtype(ExceptionTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.name() + "'");
        }
        PyBaseException g = new PyBaseException(type, PyTuple.of(args[0], seq));
        g.setField("message", args[0]);
        g.setField("exceptions", PyTuple.wrap(items));
        return g;
    }

    /** {@code eg.derive(excs)}: a group of the same message; split() copies the metadata over. */
    private static PyObject derive(PyBaseException eg, PyObject excs) {
        return newGroup(ExceptionTypes.BASE_EXCEPTION_GROUP, new PyObject[] {eg.field("message"), excs}, null);
    }

    /** What split() and subgroup() test leaves with. */
    public interface Matcher {
        boolean test(PyBaseException e);
    }

    /** A condition: an exception type, a tuple of them, or a predicate. */
    public static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            return e -> e.type().isSubtype(t);
        }
        if (cond instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (!(tup.get(i) instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION))) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (int i = 0; i < tup.size(); i++) {
                    if (e.type().isSubtype((PyType) tup.get(i))) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (cond.type().call != null && !(cond instanceof PyType)) {
            return e -> Abstract.isTrue(Abstract.call(cond, new PyObject[] {e}, null));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** Splits {@code e} into (matching part, rest), either null when empty; structure and metadata kept. */
    public static PyBaseException[] split(PyBaseException e, Matcher m) {
        if (m.test(e)) {
            return new PyBaseException[] {e, null};
        }
        if (!isGroup(e)) {
            return new PyBaseException[] {null, e};
        }
        java.util.List<PyObject> match = new java.util.ArrayList<>(), rest = new java.util.ArrayList<>();
        for (PyObject x : exceptions(e).toArray()) {
            PyBaseException[] r = split((PyBaseException) x, m);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new PyBaseException[] {derived(e, match), derived(e, rest)};
    }

    /** {@code e.derive(items)} with e's traceback, cause, context and notes copied, or null if none. */
    public static PyBaseException derived(PyBaseException e, java.util.List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callBound(e.type().lookup("derive"), e, PyList.wrap(items.toArray(new PyObject[0])));
        if (!(d instanceof PyBaseException g) || !isGroup(g)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        g.traceback = e.traceback;
        g.cause = e.cause;
        g.context = e.context;
        PyObject notes = e.instanceDict().getItem(PyStr.of("__notes__"));
        if (notes != null) {
            g.instanceDict().setItem(PyStr.of("__notes__"), notes);
        }
        return g;
    }
}
