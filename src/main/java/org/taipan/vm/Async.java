package org.taipan.vm;

import org.taipan.compiler.CodeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyException;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;

/** The eval loop's helpers for {@code await}, {@code async for} (GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR). */
public final class Async {
    private Async() {}

    /**
     * GET_AWAITABLE: the iterator that {@code await o} drives. {@code where} says what is
     * being awaited, for the message: 0 an await expression, 1 {@code __aenter__}, 2 {@code __aexit__}.
     */
    static PyObject awaitable(PyObject o, int where) {
        PyObject it = awaitableOrNull(o);
        if (it == null) {
            throw Errors.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: "
                        + o.type().name();
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: "
                        + o.type().name();
                default -> "object " + o.type().name() + " can't be used in 'await' expression";
            });
        }
        if (it instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE && g.delegate() != null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
        }
        return it;
    }

    /** The awaitable's iterator, or null when {@code o} has no {@code __await__}. */
    static PyObject awaitableOrNull(PyObject o) {
        if (o instanceof PyGenerator g) {
            if (g.kind == PyGenerator.Kind.COROUTINE
                    || g.kind == PyGenerator.Kind.GENERATOR
                    && (g.frame.code.flags & CodeUnit.CO_ITERABLE_COROUTINE) != 0) {
                return o;
            }
        }
        PyObject await = o.type().lookup("__await__");
        if (await == null) {
            return null;
        }
        PyObject it = Abstract.callBound(await, o);
        if (it instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE
                || (g.frame.code.flags & CodeUnit.CO_ITERABLE_COROUTINE) != 0)) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it.type().next == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = Abstract.callBound(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable for the next item of an async iterator. */
    static PyObject anext(PyObject aiter) {
        if (aiter instanceof PyGenerator g && g.kind == PyGenerator.Kind.ASYNC_GENERATOR) {
            return new AsyncGenerators.ASend(g, PyNone.INSTANCE);
        }
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiter.type().name());
        }
        PyObject next = Abstract.callBound(m, aiter);
        PyObject it;
        try {
            it = awaitableOrNull(next);
        } catch (PyException e) {
            throw fromCause(Errors.typeError("'async for' received an invalid object from __anext__: "
                    + next.type().name()), e);
        }
        if (it == null) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + next.type().name());
        }
        return it;
    }

    private static PyException fromCause(PyException e, PyException cause) {
        e.value.cause = cause.value;
        e.value.context = cause.value;
        e.value.suppressContext = true;
        e.contextChained = true;
        return e;
    }

    /** {@code aiter(o)}. */
    public static PyObject builtinAiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'" + o.type().name() + "' object is not an async iterable");
        }
        PyObject it = Abstract.callBound(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** {@code anext(it[, default])}: the awaitable of the next item; with a default, StopAsyncIteration gives it. */
    public static PyObject builtinAnext(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.callBound(m, it);
        return dflt == null ? awaitable : new AnextAwaitable(awaitable, dflt);
    }

    /** What {@code anext(it, default)} returns. */
    static final class AnextAwaitable extends PyObject {
        static final org.taipan.objects.PyType TYPE = org.taipan.objects.PyType.builtin("anext_awaitable",
                AnextAwaitable.class, org.taipan.objects.PyType.OBJECT, 0, t -> {
                    t.iter = self -> self;
                    t.next = self -> ((AnextAwaitable) self).step(null, null);
                }, t -> {
                    t.method("__await__", self -> self);
                    t.method("__next__", self -> ((AnextAwaitable) self).stepOrStop(PyNone.INSTANCE, null));
                    t.method("send", (self, v) -> ((AnextAwaitable) self).stepOrStop(v, null));
                    t.method("throw", (self, a, start, kw) ->
                            ((AnextAwaitable) self).stepOrStop(null, Generators.throwArgs(a, start, kw)));
                    t.method("close", self -> PyNone.INSTANCE);
                });

        private final PyObject awaitable;
        private final PyObject dflt;
        private PyObject iterator;

        AnextAwaitable(PyObject awaitable, PyObject dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public org.taipan.objects.PyType type() {
            return TYPE;
        }

        private PyObject stepOrStop(PyObject v, PyException e) {
            PyObject r = step(v, e);
            if (r == null) {
                throw Generators.stopIteration(PyNone.INSTANCE);
            }
            return r;
        }

        private PyObject step(PyObject v, PyException e) {
            if (iterator == null) {
                iterator = awaitable(awaitable, 0);
            }
            try {
                if (e != null) {
                    PyObject thr = Abstract.lookupAttr(iterator, org.taipan.objects.PyStr.of("throw"));
                    if (thr == null) {
                        throw e;
                    }
                    return Abstract.call(thr, new PyObject[] {e.value.type(), e.value, PyNone.INSTANCE}, null);
                }
                if (v == null || v == PyNone.INSTANCE) {
                    return org.taipan.modules.BuiltinsModule.next(iterator, null);
                }
                return Abstract.callBound(iterator.type().lookup("send"), iterator, v);
            } catch (PyException ex) {
                if (ex.matches(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    throw Generators.stopIteration(dflt);
                }
                throw ex;
            }
        }
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is raised again. */
    static void endFor(PyObject exc) {
        if (!((PyBaseException) exc).type().isSubtype(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            throw Ops.reraise(exc);
        }
    }
}
