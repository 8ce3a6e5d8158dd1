package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.*;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Classes defined "in Python": their dunder methods drive the slots. Python functions do not
 * exist at this layer yet, so a small Java function type that binds like one stands in.
 * Expected results and messages are CPython 3.11's.
 */
class HeapTypeTest {
    /** A function object that binds to instances as Python functions do. */
    static final class Fn extends PyObject {
        static final PyType TYPE = PyType.builtin("test_function", Fn.class, PyType.OBJECT, PyType.METHOD_DESCRIPTOR, t -> {
            t.call = (self, args, kw) -> ((Fn) self).body.apply(args, kw);
            t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethod(self, obj);
        }, null);
        final BiFunction<PyObject[], String[], PyObject> body;

        Fn(BiFunction<PyObject[], String[], PyObject> body) {
            this.body = body;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    private static Fn returns(String s) {
        return new Fn((args, kw) -> PyStr.of(s));
    }

    private static PyType cls(String name, PyType[] bases, Object... nameValue) {
        PyDict ns = new PyDict();
        for (int i = 0; i < nameValue.length; i += 2) {
            ns.setItem(PyStr.of((String) nameValue[i]), (PyObject) nameValue[i + 1]);
        }
        return TypeNew.create(PyType.TYPE, name, bases, ns, null, null);
    }

    private static PyObject make(PyType t, PyObject... args) {
        return Abstract.call(t, args, null);
    }

    @Test
    void binaryOperatorsFollowCPythonsReflectionRules() {
        PyType a = cls("A", new PyType[0], "__add__", returns("A.add"), "__radd__", returns("A.radd"));
        PyType b = cls("B", new PyType[] {a});
        PyType c = cls("C", new PyType[] {a}, "__radd__", returns("C.radd"));
        assertEquals("A.add", Abstract.binaryOp(make(a), make(b), NumberOp.ADD).toString());
        assertEquals("C.radd", Abstract.binaryOp(make(a), make(c), NumberOp.ADD).toString());
        assertEquals("A.radd", Abstract.binaryOp(PyInt.of(1), make(a), NumberOp.ADD).toString());
        assertEquals("A.add", Abstract.binaryOp(make(a), PyInt.of(1), NumberOp.INPLACE_ADD).toString(),
                "+= falls back to __add__");
    }

    @Test
    void objectNewAndInitComplainAboutArguments() {
        PyType a = cls("A", new PyType[0]);
        assertEquals("TypeError: A() takes no arguments",
                assertThrows(PyException.class, () -> make(a, PyInt.of(1))).getMessage());
        PyType e = cls("E", new PyType[0], "__init__", new Fn((args, kw) -> {
            BaseSlots.OBJECT_INIT.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            return PyNone.INSTANCE;
        }));
        assertEquals("TypeError: object.__init__() takes exactly one argument (the instance to initialize)",
                assertThrows(PyException.class, () -> make(e, PyInt.of(1))).getMessage());
        assertSame(PyInt.TYPE, make(PyType.TYPE, PyInt.of(3)), "type(3)");
    }

    @Test
    void eqWithoutHashMakesAClassUnhashable() {
        PyType a = cls("A", new PyType[0], "__eq__", returns("eq"));
        assertSame(PyNone.INSTANCE, a.dict().getItem(PyStr.of("__hash__")));
        assertEquals("TypeError: unhashable type: 'A'",
                assertThrows(PyException.class, () -> Abstract.hash(make(a))).getMessage());
        assertEquals("eq", Abstract.richCompare(make(a), PyInt.of(1), CompareOp.EQ).toString());
        PyType plain = cls("P", new PyType[0]);
        PyObject p = make(plain);
        assertEquals(System.identityHashCode(p), Abstract.hash(p));
    }

    @Test
    void assigningADunderToAClassUpdatesItsSlotsAndSubclasses() {
        PyType a = cls("A", new PyType[0]);
        PyType b = cls("B", new PyType[] {a});
        PyObject obj = make(b);
        assertTrue(Abstract.repr(obj).toString().startsWith("<B object at 0x"));
        Abstract.setAttr(a, PyStr.of("__repr__"), returns("custom"));
        assertEquals("custom", Abstract.repr(obj).toString());
        Abstract.setAttr(a, PyStr.of("__repr__"), null);
        assertTrue(Abstract.repr(obj).toString().startsWith("<"));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'",
                assertThrows(PyException.class, () -> Abstract.setAttr(PyInt.TYPE, PyStr.of("x"), PyInt.of(1)))
                        .getMessage());
    }

    @Test
    void attributesOnInstancesAndClasses() {
        PyType a = cls("A", new PyType[0], "m", returns("method"), "k", PyInt.of(7));
        PyObject obj = make(a);
        assertEquals("method", Abstract.call(Abstract.getAttr(obj, PyStr.of("m")), new PyObject[0], null).toString());
        assertInstanceOf(PyMethod.class, Abstract.getAttr(obj, PyStr.of("m")));
        assertInstanceOf(Fn.class, Abstract.getAttr(a, PyStr.of("m")), "functions come out of classes unbound");
        Abstract.setAttr(obj, PyStr.of("k"), PyInt.of(8));
        assertEquals(PyInt.of(8), Abstract.getAttr(obj, PyStr.of("k")));
        assertEquals(PyInt.of(7), Abstract.getAttr(a, PyStr.of("k")));
        assertEquals("AttributeError: type object 'A' has no attribute 'zz'",
                assertThrows(PyException.class, () -> Abstract.getAttr(a, PyStr.of("zz"))).getMessage());
        PyType withHook = cls("H", new PyType[0], "__getattr__", new Fn((args, kw) -> args[1]));
        assertEquals("anything", Abstract.getAttr(make(withHook), PyStr.of("anything")).toString());
    }

    @Test
    void badClassHierarchies() {
        PyType a = cls("A", new PyType[0]);
        PyType b = cls("B", new PyType[] {a});
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                assertThrows(PyException.class, () -> cls("C", new PyType[] {a, b})).getMessage());
        assertEquals("TypeError: duplicate base class A",
                assertThrows(PyException.class, () -> cls("D", new PyType[] {a, a})).getMessage());
        assertEquals("TypeError: type 'bool' is not an acceptable base type",
                assertThrows(PyException.class, () -> cls("E", new PyType[] {PyBool.TYPE})).getMessage());
        assertArrayEquals(new PyType[] {b, a, PyType.OBJECT}, b.mro());
    }
}
