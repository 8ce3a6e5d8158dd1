package org.taipan.modules.itertools;

import java.util.function.Consumer;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.Slot;
import org.taipan.objects.SubclassableObject;

/**
 * Base of the itertools iterators. Each instance carries its Python type; {@link #next} returns
 * null at the end, as the {@code tp_iternext} slot does.
 */
abstract class ItIter extends SubclassableObject {
    ItIter(PyType type) {
        super(type);
    }

    abstract PyObject next();

    /** The class's name as CPython's reprs show it ({@code _PyType_Name}: after the last dot). */
    String typeName() {
        String n = type().name();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /**
     * Declares {@code itertools.NAME}, whose instances are {@code layout}s made by {@code tpNew};
     * classes defined in Python may derive from it, as in CPython.
     */
    static PyType type(String name, Class<? extends ItIter> layout, Slot.New tpNew, Consumer<PyType> more) {
        return PyType.builtin("itertools." + name, layout, PyType.OBJECT, PyType.BASETYPE, t -> {
            t.iter = self -> self;
            t.next = self -> ((ItIter) self).next();
            t.tpNew = (type, args, kw) -> typed(tpNew.call(type, args, kw), type);
        }, more);
    }

    /** The itertools types that CPython does not let Python classes derive from. */
    static PyType finalType(String name, Class<? extends ItIter> layout, Slot.New tpNew, Consumer<PyType> more) {
        return PyType.builtin("itertools." + name, layout, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((ItIter) self).next();
            t.tpNew = tpNew;
        }, more);
    }

    /** {@code o}, made an instance of {@code type} when that is a subclass of its builtin type. */
    static PyObject typed(PyObject o, PyType type) {
        return o instanceof ItIter x ? x.adopt(type) : o;
    }

    /**
     * CPython refuses keywords to these constructors, except for a subclass with its own
     * {@code __init__}, which may take them.
     */
    static void noKeywords(String name, PyType builtin, PyType type, String[] kwnames) {
        if (type == builtin || type.init == builtin.init) {
            noKeywords(name, kwnames);
        }
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
