package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Calling builtins: binding and the TypeError messages, as printed by CPython 3.11. */
class BuiltinCallTest {
    private static final String[] NO_KW = null;

    private static String error(Runnable r) {
        return assertThrows(PyException.class, r::run).getMessage();
    }

    @Test
    void methodDescriptorsBindAndCheckTheirReceiver() {
        PyObject descr = PyInt.TYPE.lookup("bit_length");
        assertEquals("<method 'bit_length' of 'int' objects>", Abstract.repr(descr).toString());
        assertEquals(PyInt.of(10), Abstract.call(descr, new PyObject[] {PyInt.of(1000)}, NO_KW));
        PyObject bound = Abstract.getAttr(PyInt.of(1000), PyStr.of("bit_length"));
        assertTrue(Abstract.repr(bound).toString().startsWith("<built-in method bit_length of int object at 0x"));
        assertEquals(PyInt.of(10), Abstract.call(bound, new PyObject[0], NO_KW));
        assertEquals(PyInt.of(1), Abstract.call(descr, new PyObject[] {PyBool.TRUE}, NO_KW), "bool is an int");
        assertEquals("TypeError: int.bit_length() takes no arguments (1 given)",
                error(() -> Abstract.call(bound, new PyObject[] {PyInt.of(2)}, NO_KW)));
        assertEquals("TypeError: int.bit_length() takes no keyword arguments",
                error(() -> Abstract.call(bound, new PyObject[] {PyInt.of(2)}, new String[] {"x"})));
        assertEquals("TypeError: unbound method int.bit_length() needs an argument",
                error(() -> Abstract.call(descr, new PyObject[0], NO_KW)));
        assertEquals("TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object",
                error(() -> Abstract.call(descr, new PyObject[] {PyStr.of("a")}, NO_KW)));
    }

    @Test
    void attributeErrors() {
        assertEquals("AttributeError: 'int' object has no attribute 'nope'",
                error(() -> Abstract.getAttr(PyInt.of(1), PyStr.of("nope"))));
        assertEquals("AttributeError: 'int' object attribute 'bit_length' is read-only",
                error(() -> Abstract.setAttr(PyInt.of(1), PyStr.of("bit_length"), PyInt.of(1))));
    }

    private static PyObject[] args(Object... a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] instanceof Integer n ? PyInt.of(n) : PyStr.of((String) a[i]);
        }
        return out;
    }

    @Test
    void clinicStyleMessages() {
        ArgParser split = ArgParser.clinic("split", "sep=None, maxsplit=-1");
        assertEquals("TypeError: split() takes at most 2 arguments (3 given)",
                error(() -> split.bind(args(1, 2, 3), 0, NO_KW)));
        assertEquals("TypeError: 'x' is an invalid keyword argument for split()",
                error(() -> split.bind(args(1), 0, new String[] {"x"})));
        assertEquals("TypeError: argument for split() given by name ('sep') and position (1)",
                error(() -> split.bind(args(" ", " "), 0, new String[] {"sep"})));
        PyObject[] bound = split.bind(args(5), 0, new String[] {"maxsplit"});
        assertNull(bound[0]);
        assertEquals(PyInt.of(5), bound[1]);

        ArgParser fromBytes = ArgParser.clinic("from_bytes", "bytes, /, byteorder='big', *, signed=False");
        assertEquals("TypeError: from_bytes() takes at most 2 positional arguments (3 given)",
                error(() -> fromBytes.bind(args(1, 2, 3), 0, NO_KW)));
        ArgParser pow = ArgParser.clinic("pow", "base, exp, mod=None");
        assertEquals("TypeError: pow() missing required argument 'base' (pos 1)",
                error(() -> pow.bind(args(), 0, NO_KW)));
        assertEquals("TypeError: pow() missing required argument 'exp' (pos 2)",
                error(() -> pow.bind(args(1), 0, NO_KW)));
        ArgParser count = ArgParser.clinic("count", "sub, start=None, end=None, /");
        assertEquals("TypeError: count() takes at least 1 argument (0 given)",
                error(() -> count.bind(args(), 0, NO_KW)));
    }

    @Test
    void unpackStyleMessages() {
        ArgParser divmod = ArgParser.unpack("divmod", 2, 2);
        assertEquals("TypeError: divmod expected 2 arguments, got 1", error(() -> divmod.bind(args(1), 0, NO_KW)));
        ArgParser range = ArgParser.unpack("range", 1, 3);
        assertEquals("TypeError: range expected at least 1 argument, got 0", error(() -> range.bind(args(), 0, NO_KW)));
        assertEquals("TypeError: range expected at most 3 arguments, got 4",
                error(() -> range.bind(args(1, 2, 3, 4), 0, NO_KW)));
        ArgParser list = ArgParser.unpack("list", 0, 1);
        assertEquals("TypeError: list() takes no keyword arguments",
                error(() -> list.bind(args(1), 0, new String[] {"x"})));
        assertEquals(3, range.bind(args(1, 2), 0, NO_KW).length);
    }
}
