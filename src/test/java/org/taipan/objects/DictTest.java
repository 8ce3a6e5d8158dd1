package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** dict iteration, views and methods. Expected reprs and messages were printed by CPython 3.11. */
class DictTest {
    private static PyObject call(PyObject o, String method, PyObject... args) {
        return Abstract.call(Abstract.getAttr(o, PyStr.of(method)), args, null);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).toString();
    }

    private static String error(Runnable r) {
        return assertThrows(PyException.class, r::run).getMessage();
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    @Test
    void viewsAndIteration() {
        PyDict d = new PyDict();
        d.setItem(s("a"), PyInt.of(1));
        d.setItem(s("self"), d);
        assertEquals("{'a': 1, 'self': {...}}", repr(d));
        assertEquals("dict_keys(['a', 'self'])", repr(call(d, "keys")));
        PyDict e = new PyDict();
        e.setItem(PyInt.of(1), PyInt.of(2));
        assertEquals("dict_items([(1, 2)])", repr(call(e, "items")));
        assertEquals("dict_values([2])", repr(call(e, "values")));
        assertEquals("dict_keys([])", repr(call(new PyDict(), "keys")));
        assertTrue(Abstract.isTrue(PyBool.of(PyDictView.ITEMS.contains.call(call(e, "items"), PyTuple.of(PyInt.of(1),
                PyInt.of(2))))));

        PyObject it = Iter.of(d);
        assertEquals(s("a"), Iter.next(it));
        d.setItem(s("x"), PyInt.of(1));
        assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> Iter.next(it)));
        assertEquals("[a, b, c]", java.util.Arrays.toString(Iter.toArray(s("abc"))));
        assertEquals("str_iterator", Iter.of(s("é")).type().name());
        assertEquals(3, Iter.toArray(s("a\uD83D\uDE00b")).length, "iteration counts code points");
    }

    @Test
    void methodsAndErrors() {
        PyDict d = new PyDict();
        assertEquals("KeyError: 'popitem(): dictionary is empty'", error(() -> call(d, "popitem")));
        assertEquals("KeyError: 1", error(() -> call(d, "pop", PyInt.of(1))));
        assertEquals("TypeError: get expected at least 1 argument, got 0", error(() -> call(d, "get")));
        assertEquals("TypeError: setdefault expected at least 1 argument, got 0", error(() -> call(d, "setdefault")));
        assertEquals("TypeError: 'int' object is not iterable", error(() -> call(d, "update", PyInt.of(1))));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                error(() -> Abstract.call(PyDict.TYPE, new PyObject[] {PyTuple.of(PyInt.of(1))}, null)));
        assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                error(() -> Abstract.call(PyDict.TYPE, new PyObject[] {PyTuple.of(PyTuple.of(PyInt.of(1),
                        PyInt.of(2), PyInt.of(3)))}, null)));
        assertEquals("TypeError: unsupported operand type(s) for |: 'dict' and 'int'",
                error(() -> Abstract.binaryOp(d, PyInt.of(1), NumberOp.OR)));

        PyObject made = Abstract.call(PyDict.TYPE, new PyObject[] {PyTuple.of(PyTuple.of(PyInt.of(1), PyInt.of(2))),
                PyInt.of(3)}, new String[] {"a"});
        assertEquals("{1: 2, 'a': 3}", repr(made));
        assertEquals("{'a': 0, 'b': 0}", repr(call(PyDict.TYPE, "fromkeys", s("ab"), PyInt.of(0))));
        assertEquals(PyInt.of(3), call(made, "get", s("a")));
        assertSame(PyNone.INSTANCE, call(made, "get", s("zz")));
        assertEquals(PyInt.of(9), call(made, "setdefault", s("n"), PyInt.of(9)));
        assertEquals("('n', 9)", repr(call(made, "popitem")));
        assertEquals("{1: 2, 'a': 3}", repr(made), "popitem took the last entry");
        PyObject merged = Abstract.binaryOp(made, call(PyDict.TYPE, "fromkeys", s("a"), PyInt.of(7)), NumberOp.OR);
        assertEquals("{1: 2, 'a': 7}", repr(merged));
        assertSame(PyBool.TRUE, Abstract.richCompare(merged, call(merged, "copy"), CompareOp.EQ));
        assertSame(PyBool.FALSE, Abstract.richCompare(merged, made, CompareOp.EQ));
        call(made, "clear");
        assertEquals("{}", repr(made));
    }
}
