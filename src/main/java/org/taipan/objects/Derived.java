package org.taipan.objects;

/**
 * The layouts of classes defined in Python whose solid base is a builtin data type (int, str,
 * list, dict …). Each is a Java subclass of the builtin's class, so the builtin's slot
 * functions and methods work on it unchanged (an {@code instanceof PyInt} test is CPython's
 * {@code PyLong_Check}), and it adds what a heap instance has: its type, a {@code __dict__}
 * and the values of {@code __slots__}. Exact-type fast paths test {@code getClass()} or
 * {@code type() == TYPE}, which a derived instance never passes. See docs/OBJECTS.md.
 */
public final class Derived {
    private Derived() {}

    /** The layout for classes whose solid base is the builtin with Java class {@code c}, or null. */
    static Class<? extends PyObject> layoutFor(Class<? extends PyObject> c) {
        if (c == PyInt.class) return Int.class;
        if (c == PyFloat.class) return Float.class;
        if (c == PyComplex.class) return Complex.class;
        if (c == PyStr.class) return Str.class;
        if (c == PyBytes.class) return Bytes.class;
        if (c == PyByteArray.class) return ByteArray.class;
        if (c == PyTuple.class) return Tuple.class;
        if (c == PyList.class) return List.class;
        if (c == PyDict.class) return Dict.class;
        if (c == PySet.class) return Set.class;
        if (c == PyFrozenSet.class) return FrozenSet.class;
        if (c == PyDeque.class) return Deque.class;
        if (c == PyRandom.class) return Random.class;
        return null;
    }

    /** Whether the builtin stores its items inline in CPython, which then forbids nonempty {@code __slots__}. */
    static boolean variableSize(Class<? extends PyObject> layout) {
        return layout == Int.class || layout == Bytes.class || layout == Tuple.class;
    }

    private static PyDict dict(PyType type, PyDict dict) {
        return dict != null || !type.instanceHasDict ? dict : new PyDict();
    }

    // One class per builtin; each keeps the same three fields (Java has no mixins).

    static final class Int extends PyInt implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Int(PyType type, PyInt value) {
            super(value);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Float extends PyFloat implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Float(PyType type, double value) {
            super(value);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Complex extends PyComplex implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Complex(PyType type, double real, double imag) {
            super(real, imag);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Str extends PyStr implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Str(PyType type, PyStr value) {
            super(value);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Bytes extends PyBytes implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Bytes(PyType type, byte[] value) {
            super(value);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class ByteArray extends PyByteArray implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        ByteArray(PyType type) {
            super(new byte[0]);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Tuple extends PyTuple implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Tuple(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Random extends PyRandom implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Random(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Deque extends PyDeque implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Deque(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class List extends PyList implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        List(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Dict extends PyDict implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Dict(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class Set extends PySet implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        Set(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }

    static final class FrozenSet extends PyFrozenSet implements HeapObject {
        private PyType type;
        private PyDict dict;
        private final PyObject[] slots;

        FrozenSet(PyType type) {
            this.type = type;
            this.slots = HeapObject.newSlots(type);
        }

        @Override public PyType type() { return type; }
        @Override public void setType(PyType t) { type = t; }
        @Override public PyObject[] slotValues() { return slots; }
        @Override public PyDict instanceDict() { return dict = dict(type, dict); }
    }
}
