package org.taipan.objects;

/** {@code set}. The table and the operations shared with frozenset are in {@link PyAnySet}. */
public class PySet extends PyAnySet {
    private static final ArgParser INIT_ARGS = ArgParser.unpack("set", 0, 1);

    public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        commonSlots(t);
        t.hash = null;
        t.nb[NumberOp.INPLACE_OR.ordinal()] = (v, w) -> inplace(v, w, s -> s.update(w));
        t.nb[NumberOp.INPLACE_AND.ordinal()] = (v, w) -> inplace(v, w, s -> s.takeTable(intersection(s, w)));
        t.nb[NumberOp.INPLACE_SUBTRACT.ordinal()] = (v, w) -> inplace(v, w, s -> s.differenceUpdate(w));
        t.nb[NumberOp.INPLACE_XOR.ordinal()] = (v, w) -> inplace(v, w, s -> s.symmetricDifferenceUpdate(w));
        t.tpNew = (type, args, kwnames) -> {
            return type == PySet.TYPE ? new PySet() : new Derived.Set(type);
        };
        t.init = (self, args, kwnames) -> {
            Seq.noKeywords("set", kwnames);
            PyObject[] a = INIT_ARGS.bind(args, 0, kwnames);
            PySet s = (PySet) self;
            if (s.fill > 0) {
                s.clearTable();
            }
            if (a[0] != null) {
                s.update(a[0]);
            }
        };
    }, t -> {
        commonMethods(t);
        t.method("add", (self, key) -> {
            ((PySet) self).add(key);
            return PyNone.INSTANCE;
        });
        t.method("discard", (self, key) -> {
            PyObject k = lookupKey(key);
            ((PySet) self).discardEntry(k, Abstract.hash(k));
            return PyNone.INSTANCE;
        });
        t.method("remove", (self, key) -> {
            PyObject k = lookupKey(key);
            if (!((PySet) self).discardEntry(k, Abstract.hash(k))) {
                throw Errors.keyError(key);
            }
            return PyNone.INSTANCE;
        });
        t.method("pop", self -> ((PySet) self).pop());
        t.method("clear", self -> {
            ((PySet) self).clearTable();
            return PyNone.INSTANCE;
        });
        t.method("update", (self, args, start, kwnames) -> {
            Seq.noKeywords("set.update", kwnames);
            for (int i = start; i < args.length; i++) {
                ((PySet) self).update(args[i]);
            }
            return PyNone.INSTANCE;
        });
        t.method("intersection_update", (self, args, start, kwnames) -> {
            Seq.noKeywords("set.intersection_update", kwnames);
            PySet s = (PySet) self;
            s.takeTable(intersectionMulti(s, args, start));
            return PyNone.INSTANCE;
        });
        t.method("difference_update", (self, args, start, kwnames) -> {
            Seq.noKeywords("set.difference_update", kwnames);
            for (int i = start; i < args.length; i++) {
                ((PySet) self).differenceUpdate(args[i]);
            }
            return PyNone.INSTANCE;
        });
        t.method("symmetric_difference_update", (self, other) -> {
            ((PySet) self).symmetricDifferenceUpdate(other);
            return PyNone.INSTANCE;
        });
    });

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject inplace(PyObject v, PyObject w, java.util.function.Consumer<PySet> op) {
        if (!(v instanceof PySet s) || !(w instanceof PyAnySet)) {
            return PyNotImplemented.INSTANCE;
        }
        op.accept(s);
        return s;
    }

    private PyObject pop() {
        if (used == 0) {
            throw new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR, PyTuple.of(PyStr.of("pop from an empty set"))));
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }
}
