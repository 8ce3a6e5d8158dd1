package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The object-model core. Expected hashes and messages were printed by CPython 3.11. */
class ObjectModelTest {
    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyInt big(String s) {
        return PyInt.of(new BigInteger(s));
    }

    @Test
    void mroOfBuiltins() {
        assertArrayEquals(new PyType[] {PyInt.TYPE, PyType.OBJECT}, PyInt.TYPE.mro());
        assertArrayEquals(new PyType[] {PyBool.TYPE, PyInt.TYPE, PyType.OBJECT}, PyBool.TYPE.mro());
        assertSame(PyType.TYPE, PyInt.TYPE.type());
        assertSame(PyType.TYPE, PyType.TYPE.type());
        assertTrue(PyBool.TYPE.isSubtype(PyInt.TYPE));
        assertFalse(PyInt.TYPE.isSubtype(PyBool.TYPE));
    }

    @Test
    void slotWrappersAreInTheDict() {
        PyObject add = PyInt.TYPE.lookup("__add__");
        assertInstanceOf(PySlotWrapper.class, add);
        assertEquals("<slot wrapper '__add__' of 'int' objects>", Abstract.repr(add).toString());
        assertEquals(i(3), Abstract.call(add, new PyObject[] {i(1), i(2)}, null), "int.__add__(1, 2)");
        assertEquals("3", Abstract.repr(Abstract.call(PyInt.TYPE.lookup("__radd__"),
                new PyObject[] {i(1), i(2)}, null)).toString());
        // bool defines __repr__ but inherits __add__ from int
        assertNotNull(PyBool.TYPE.dict().getItem(PyStr.of("__repr__")));
        assertNull(PyBool.TYPE.dict().getItem(PyStr.of("__add__")));
        assertSame(add, PyBool.TYPE.lookup("__add__"));
        PyException e = assertThrows(PyException.class,
                () -> Abstract.call(add, new PyObject[] {PyStr.of("a"), i(1)}, null));
        assertEquals("TypeError: descriptor '__add__' requires a 'int' object but received a 'str'", e.getMessage());
    }

    @Test
    void intArithmeticOverflowsIntoBigIntegers() {
        assertEquals("9223372036854775808",
                Abstract.repr(Abstract.binaryOp(i(Long.MAX_VALUE), i(1), NumberOp.ADD)).toString());
        assertEquals("-9223372036854775809",
                Abstract.repr(Abstract.binaryOp(i(Long.MIN_VALUE), i(1), NumberOp.SUBTRACT)).toString());
        assertEquals("85070591730234615847396907784232501249",
                Abstract.repr(Abstract.binaryOp(i(Long.MAX_VALUE), i(Long.MAX_VALUE), NumberOp.MULTIPLY)).toString());
        PyObject back = Abstract.binaryOp(big("9223372036854775808"), i(1), NumberOp.SUBTRACT);
        assertTrue(((PyInt) back).isLong(), "results that fit return to the long representation");
        assertSame(i(7), Abstract.binaryOp(i(3), i(4), NumberOp.INPLACE_ADD), "small ints are cached");
    }

    @Test
    void unsupportedOperandsAndComparisons() {
        PyException e = assertThrows(PyException.class, () -> Abstract.binaryOp(i(1), PyStr.of("a"), NumberOp.ADD));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", e.getMessage());
        e = assertThrows(PyException.class, () -> Abstract.binaryOp(i(1), PyStr.of("a"), NumberOp.INPLACE_ADD));
        assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'", e.getMessage());
        e = assertThrows(PyException.class, () -> Abstract.richCompare(i(1), PyStr.of("a"), CompareOp.LT));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'", e.getMessage());
        assertSame(PyBool.FALSE, Abstract.richCompare(i(1), PyStr.of("a"), CompareOp.EQ));
        assertSame(PyBool.TRUE, Abstract.richCompare(PyBool.TRUE, i(1), CompareOp.EQ));
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(-2, Abstract.hash(i(-1)));
        assertEquals(0, Abstract.hash(big("2305843009213693951")));
        assertEquals(1, Abstract.hash(big("2305843009213693952")));
        assertEquals(8, Abstract.hash(big("18446744073709551616")));
        assertEquals(-8, Abstract.hash(big("-18446744073709551616")));
        assertEquals(-4, Abstract.hash(i(Long.MIN_VALUE)));
        assertEquals(3, Abstract.hash(i(Long.MAX_VALUE)));
        assertEquals(465258685558744706L, Abstract.hash(big("1000000000000000000000000000000")));
        assertEquals(529344067295497451L, Abstract.hash(PyTuple.of(i(1), i(2), i(3))));
        assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));
        assertEquals(8078679518589016365L, Abstract.hash(PyTuple.of(i(-1))));
        assertEquals(9028247024705308198L, Abstract.hash(PyTuple.of(PyTuple.EMPTY, PyTuple.EMPTY)));
        assertEquals(981364396023642207L, Abstract.hash(PyTuple.of(big("18446744073709551616"), i(-5))));
    }

    @Test
    void strHashIsCPythonsWithTheSeedKey() {
        SipHash.seed("0");
        try {
            // PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash(''), hash('héllo'), hash('😀x'), hash('\u20ac'))"
            assertEquals(4644417185603328019L, Abstract.hash(PyStr.of("a")));
            assertEquals(0L, Abstract.hash(PyStr.of("")));
            assertEquals(6395329678795984700L, Abstract.hash(PyStr.of("héllo")));
            assertEquals(-8926728262118538918L, Abstract.hash(PyStr.of("\uD83D\uDE00x")));
            assertEquals(-5529981157763016009L, Abstract.hash(PyStr.of("\u20ac")));
        } finally {
            SipHash.seed(System.getenv("PYTHONHASHSEED"));
        }
    }

    @Test
    void dictKeepsInsertionOrderThroughDeletesAndGrowth() {
        PyDict d = new PyDict();
        for (int k = 0; k < 1000; k++) {
            d.setItem(i(k * 7919 % 1000), i(k));
        }
        for (int k = 0; k < 1000; k += 2) {
            assertNotNull(d.delItem(i(k)));
        }
        d.setItem(i(0), PyStr.of("again"));
        assertEquals(501, d.size());
        PyObject[] keys = d.keysArray();
        assertEquals(i(1 * 7919 % 1000), keys[0]);
        assertEquals(i(0), keys[500], "a re-inserted key goes to the end");
        assertEquals(PyStr.of("again"), d.getItem(i(0)));
        assertNull(d.getItem(i(2)));
        assertEquals(i(3), d.getItem(i(3 * 7919 % 1000)));
        assertNotNull(d.getItem(i(1)));
        assertSame(d.getItem(i(1)), d.getItem(PyBool.TRUE), "True == 1, so d[True] is d[1]");
        PyException e = assertThrows(PyException.class, () -> d.setItem(new PyDict(), i(1)));
        assertEquals("TypeError: unhashable type: 'dict'", e.getMessage());
        assertSame(PyNone.INSTANCE, PyDict.TYPE.lookup("__hash__"));
    }

    @Test
    void inconsistentMroIsATypeError() {
        PyException e = assertThrows(PyException.class, () -> Mro.compute(PyInt.TYPE,
                new PyType[] {PyType.OBJECT, PyInt.TYPE}));
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases object, int",
                e.getMessage());
    }

    @Test
    void reprs() {
        assertEquals("(1,)", Abstract.repr(PyTuple.of(i(1))).toString());
        assertEquals("('a', True, None)", Abstract.repr(PyTuple.of(PyStr.of("a"), PyBool.TRUE, PyNone.INSTANCE)).toString());
        PyDict d = new PyDict();
        d.setItem(PyStr.of("k"), PyTuple.EMPTY);
        assertEquals("{'k': ()}", Abstract.repr(d).toString());
        assertEquals("TypeError('x')", Abstract.repr(Errors.typeError("x").value).toString());
    }
}
