package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.*;
import static org.taipan.compiler.Opcode.*;

import org.junit.jupiter.api.Test;
import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.parser.ast.ConstantValue;

/**
 * The eval loop on hand-assembled code (the code generator comes later). Messages are CPython 3.11's.
 */
class EvalLoopTest {
    private static final int LOCAL = CodeUnit.KIND_LOCAL, ARG = CodeUnit.KIND_LOCAL | CodeUnit.KIND_ARG;

    /** def NAME(a, b=10): return a + b */
    private static PyFunction adder(PyDict globals) {
        Asm a = new Asm().local("a", ARG).local("b", ARG);
        a.argcount = 2;
        a.op(RESUME).op(LOAD_FAST, 0).op(LOAD_FAST, 1).op(BINARY_OP, NumberOp.ADD.ordinal()).op(RETURN_VALUE);
        PyFunction f = new PyFunction(new PyCode(a.build("add")), globals, new PyDict(), "add");
        f.defaults = PyTuple.of(PyInt.of(10));
        return f;
    }

    private static PyObject call(PyObject f, PyObject... args) {
        return Abstract.call(f, args, null);
    }

    private static String error(Runnable r) {
        return assertThrows(PyException.class, r::run).getMessage();
    }

    @Test
    void callsBindArgumentsWithDefaults() {
        PyFunction add = adder(new PyDict());
        assertEquals(PyInt.of(11), call(add, PyInt.of(1)));
        assertEquals(PyInt.of(3), call(add, PyInt.of(1), PyInt.of(2)));
        assertEquals(PyInt.of(7), Abstract.call(add, new PyObject[] {PyInt.of(5), PyInt.of(2)}, new String[] {"b"}));
        assertEquals("TypeError: add() missing 1 required positional argument: 'a'", error(() -> call(add)));
        assertEquals("TypeError: add() takes from 1 to 2 positional arguments but 3 were given",
                error(() -> call(add, PyInt.of(1), PyInt.of(2), PyInt.of(3))));
        assertEquals("TypeError: add() got an unexpected keyword argument 'z'",
                error(() -> Abstract.call(add, new PyObject[] {PyInt.of(1), PyInt.of(2)}, new String[] {"z"})));
        assertEquals("TypeError: add() got multiple values for argument 'a'",
                error(() -> Abstract.call(add, new PyObject[] {PyInt.of(1), PyInt.of(2)}, new String[] {"a"})));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                error(() -> call(add, PyInt.of(1), PyStr.of("x"))));
    }

    /** def fact(n): return 1 if n < 2 else n * fact(n - 1) */
    private static PyFunction factorial() {
        PyDict globals = new PyDict();
        Asm a = new Asm().local("n", ARG);
        a.argcount = 1;
        int two = a.constant(2L), one = a.constant(1L);
        a.op(RESUME).op(LOAD_FAST, 0).op(LOAD_CONST, two).op(COMPARE_OP, 0)
                .jump(POP_JUMP_FORWARD_IF_FALSE, "rec").op(LOAD_CONST, one).op(RETURN_VALUE)
                .label("rec").op(LOAD_FAST, 0).op(LOAD_GLOBAL, a.name("fact") << 1 | 1)
                .op(LOAD_FAST, 0).op(LOAD_CONST, one).op(BINARY_OP, NumberOp.SUBTRACT.ordinal())
                .op(PRECALL, 1).op(CALL, 1).op(BINARY_OP, NumberOp.MULTIPLY.ordinal()).op(RETURN_VALUE);
        PyFunction f = new PyFunction(new PyCode(a.build("fact")), globals, new PyDict(), "fact");
        globals.setItem(PyStr.of("fact"), f);
        return f;
    }

    /** def depth(n): return 0 if n < 1 else 1 + depth(n - 1) */
    private static PyFunction depth() {
        PyDict globals = new PyDict();
        Asm a = new Asm().local("n", ARG);
        a.argcount = 1;
        int zero = a.constant(0L), one = a.constant(1L);
        a.op(RESUME).op(LOAD_FAST, 0).op(LOAD_CONST, one).op(COMPARE_OP, 0)
                .jump(POP_JUMP_FORWARD_IF_FALSE, "rec").op(LOAD_CONST, zero).op(RETURN_VALUE)
                .label("rec").op(LOAD_CONST, one).op(LOAD_GLOBAL, a.name("depth") << 1 | 1)
                .op(LOAD_FAST, 0).op(LOAD_CONST, one).op(BINARY_OP, NumberOp.SUBTRACT.ordinal())
                .op(PRECALL, 1).op(CALL, 1).op(BINARY_OP, NumberOp.ADD.ordinal()).op(RETURN_VALUE);
        PyFunction f = new PyFunction(new PyCode(a.build("depth")), globals, new PyDict(), "depth");
        globals.setItem(PyStr.of("depth"), f);
        return f;
    }

    @Test
    void recursionAndTheRecursionLimit() {
        PyFunction fact = factorial();
        assertEquals("2432902008176640000", Abstract.repr(call(fact, PyInt.of(20))).toString());
        assertEquals("51090942171709440000", Abstract.repr(call(fact, PyInt.of(21))).toString());
        assertEquals("RecursionError: maximum recursion depth exceeded", error(() -> call(fact, PyInt.of(5000))));
        ThreadState ts = ThreadState.current();
        int old = ts.recursionLimit();
        ts.setRecursionLimit(100_000);
        try {
            assertEquals(PyInt.of(90_000), call(depth(), PyInt.of(90_000)), "90000 nested Python calls");
        } finally {
            ts.setRecursionLimit(old);
        }
        assertEquals(0, ts.depth, "the depth count is balanced after errors");
    }

    /**
     * def f(x):
     *     try: return 1 + x
     *     except TypeError: return 'caught'
     */
    @Test
    void exceptionTableHandlersCatchAndReraise() {
        PyDict globals = new PyDict();
        PyDict builtins = new PyDict();
        builtins.setItem(PyStr.of("TypeError"), ExceptionTypes.TYPE_ERROR);
        Asm a = new Asm().local("x", ARG);
        a.argcount = 1;
        a.op(RESUME).label("try").op(LOAD_CONST, a.constant(1L)).op(LOAD_FAST, 0)
                .op(BINARY_OP, NumberOp.ADD.ordinal()).label("tryend").op(RETURN_VALUE)
                .label("handler").op(PUSH_EXC_INFO).label("h1").op(LOAD_GLOBAL, a.name("TypeError") << 1)
                .op(CHECK_EXC_MATCH).jump(POP_JUMP_FORWARD_IF_FALSE, "nomatch").op(POP_TOP).op(POP_EXCEPT)
                .op(LOAD_CONST, a.constant("caught")).op(RETURN_VALUE)
                .label("nomatch").op(RERAISE, 0).label("cleanup").op(COPY, 3).op(POP_EXCEPT).op(RERAISE, 1)
                .label("end");
        a.handler("try", "tryend", "handler", 0, false).handler("h1", "cleanup", "cleanup", 1, true);
        PyFunction f = new PyFunction(new PyCode(a.build("f")), globals, builtins, "f");
        assertEquals(PyInt.of(3), call(f, PyInt.of(2)));
        assertEquals("caught", call(f, PyStr.of("s")).toString());
        assertNull(ThreadState.current().handled(), "POP_EXCEPT restored the handled exception");

        builtins.setItem(PyStr.of("TypeError"), ExceptionTypes.KEY_ERROR);
        PyException e = assertThrows(PyException.class, () -> call(f, PyStr.of("s")));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", e.getMessage());
        PyTraceback tb = (PyTraceback) e.value.traceback;
        assertNotNull(tb);
        assertNull(tb.next, "RERAISE adds no second traceback entry for the same frame");
        assertEquals(6, tb.lasti, "the traceback points at the BINARY_OP");
    }

    /** def outer(): v = 5; def inner(): return v; return inner */
    @Test
    void closuresShareCells() {
        Asm in = new Asm().local("v", CodeUnit.KIND_FREE);
        in.flags |= CodeUnit.CO_NESTED;
        in.op(COPY_FREE_VARS, 1).op(RESUME).op(LOAD_DEREF, 0).op(RETURN_VALUE);
        CodeUnit inner = in.build("inner");

        Asm out = new Asm().local("inner", LOCAL).local("v", CodeUnit.KIND_CELL);
        int five = out.constant(5L), code = out.constant(inner);
        out.op(MAKE_CELL, 1).op(RESUME).op(LOAD_CONST, five).op(STORE_DEREF, 1)
                .op(LOAD_CLOSURE, 1).op(BUILD_TUPLE, 1).op(LOAD_CONST, code).op(MAKE_FUNCTION, 8)
                .op(STORE_FAST, 0).op(LOAD_FAST, 0).op(RETURN_VALUE);
        PyFunction outer = new PyFunction(new PyCode(out.build("outer")), new PyDict(), new PyDict(), "outer");
        PyObject innerFn = call(outer);
        assertInstanceOf(PyFunction.class, innerFn);
        assertEquals(PyInt.of(5), call(innerFn));
        PyCell cell = (PyCell) ((PyFunction) innerFn).closure.get(0);
        cell.value = PyInt.of(6);
        assertEquals(PyInt.of(6), call(innerFn));
        cell.value = null;
        assertEquals("NameError: cannot access free variable 'v' where it is not associated with a value in"
                + " enclosing scope", error(() -> call(innerFn)));
    }

    /** A module body: x = 1; del y → NameError; raising a non-exception → TypeError. */
    @Test
    void moduleLevelNamesAndRaise() {
        Asm a = new Asm();
        a.flags = 0;
        a.op(RESUME).op(LOAD_CONST, a.constant(1L)).op(STORE_NAME, a.name("x")).op(LOAD_NAME, a.name("x"))
                .op(RETURN_VALUE);
        PyDict globals = new PyDict();
        assertEquals(PyInt.of(1), EvalLoop.runCode(new PyCode(a.build("<module>")), globals, new PyDict(), globals));
        assertEquals(PyInt.of(1), globals.getItem(PyStr.of("x")));

        Asm b = new Asm();
        b.op(LOAD_NAME, b.name("y")).op(RETURN_VALUE);
        assertEquals("NameError: name 'y' is not defined",
                error(() -> EvalLoop.runCode(new PyCode(b.build("<module>")), globals, new PyDict(), globals)));

        Asm c = new Asm();
        c.op(LOAD_CONST, c.constant(ConstantValue.NONE)).op(RAISE_VARARGS, 1);
        assertEquals("TypeError: exceptions must derive from BaseException",
                error(() -> EvalLoop.runCode(new PyCode(c.build("<module>")), globals, new PyDict(), globals)));

        Asm d = new Asm();
        d.op(RAISE_VARARGS, 0);
        assertEquals("RuntimeError: No active exception to reraise",
                error(() -> EvalLoop.runCode(new PyCode(d.build("<module>")), globals, new PyDict(), globals)));

        Asm e = new Asm();
        e.op(LOAD_NAME, e.name("KeyError")).op(RAISE_VARARGS, 1);
        globals.setItem(PyStr.of("KeyError"), ExceptionTypes.KEY_ERROR);
        PyException ex = assertThrows(PyException.class,
                () -> EvalLoop.runCode(new PyCode(e.build("<module>")), globals, new PyDict(), globals));
        assertSame(ExceptionTypes.KEY_ERROR, ex.type(), "raising a class raises an instance of it");
        assertInstanceOf(PyBaseException.class, ex.value);
    }
}
