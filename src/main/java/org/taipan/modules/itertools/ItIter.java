package org.taipan.modules.itertools;

import java.util.function.Consumer;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.Slot;

/**
 * Base of the itertools iterators. Each instance carries its Python type; {@link #next} returns
 * null at the end, as the {@code tp_iternext} slot does.
 */
abstract class ItIter extends PyObject {
    private final PyType type;

    ItIter(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    abstract PyObject next();

    /** Declares {@code itertools.NAME}: an iterator type made by {@code tpNew}. */
    static PyType type(String name, Slot.New tpNew, Consumer<PyType> more) {
        return PyType.builtin("itertools." + name, ItIter.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((ItIter) self).next();
            t.tpNew = tpNew;
        }, more);
    }

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    static PyObject[] bind(ArgParser p, PyObject[] args, String[] kwnames) {
        return p.bind(args, 0, kwnames);
    }

    static boolean given(PyObject o) {
        return o != null && o != org.taipan.objects.PyNone.INSTANCE;
    }
}
