package org.taipan.modules.thread;

import java.util.concurrent.Semaphore;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Ids;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.SubclassableObject;
import org.taipan.vm.ThreadState;

/**
 * {@code _thread.RLock} ({@code threading.RLock}): a lock its owner may take again, released
 * when released as often. Python classes may derive from it. The {@code _release_save} /
 * {@code _acquire_restore} pair is what {@code threading.Condition} uses to wait on it.
 */
final class PyRLock extends SubclassableObject {
    static final PyType TYPE = PyType.builtin("_thread.RLock", PyRLock.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tpNew = (type, args, kw) -> new PyRLock().adopt(type);
        t.repr = self -> {
            PyRLock r = (PyRLock) self;
            String name = self.type().isHeapType() ? self.type().name() : "_thread.RLock";
            return PyStr.of("<" + (r.count > 0 ? "locked " : "unlocked ") + name + " object owner=" + r.owner
                    + " count=" + r.count + " at " + Ids.address(self) + ">");
        };
    }, t -> {
        org.taipan.objects.BuiltinMethod.General acquire = (self, a, start, kw) -> {
            PyObject[] p = PyRLock.ACQUIRE.bind(a, start, kw);
            return PyBool.of(((PyRLock) self).acquire(p[0], p[1]));
        };
        t.method("acquire", acquire);
        t.method("__enter__", acquire);
        t.method("release", self -> ((PyRLock) self).release());
        t.method("__exit__", (self, a, start, kw) -> ((PyRLock) self).release());
        t.method("_is_owned", self -> PyBool.of(((PyRLock) self).owned()));
        t.method("_recursion_count", self -> PyInt.of(((PyRLock) self).owned() ? ((PyRLock) self).count : 0));
        t.method("_release_save", self -> ((PyRLock) self).releaseSave());
        t.method("_acquire_restore", (self, state) -> ((PyRLock) self).acquireRestore(state));
    });

    private static final ArgParser ACQUIRE = ArgParser.clinic("acquire", "blocking=True, timeout=-1");

    private final Semaphore sem = new Semaphore(1);
    /** The ident of the owning thread (0: none) and how many times it holds the lock. */
    private long owner;
    private long count;

    private PyRLock() {
        super(TYPE);
    }

    private boolean owned() {
        return count > 0 && owner == ThreadState.current().ident;
    }

    private boolean acquire(PyObject blocking, PyObject timeout) {
        long nanos = PyLock.waitNanos(blocking, timeout);
        long me = ThreadState.current().ident;
        if (count > 0 && owner == me) {
            count++;
            return true;
        }
        if (!PyLock.acquire(sem, nanos)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    private PyObject release() {
        if (!owned()) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            sem.release();
        }
        return PyNone.INSTANCE;
    }

    /** Releases the lock whatever its count; returns (count, owner) for {@code _acquire_restore}. */
    private PyObject releaseSave() {
        if (count == 0) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        PyTuple state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
        count = 0;
        owner = 0;
        sem.release();
        return state;
    }

    private PyObject acquireRestore(PyObject state) {
        PyObject[] items = state instanceof PyTuple ? Iter.toArray(state) : null;
        if (items == null || items.length != 2) {
            throw Errors.typeError("_acquire_restore() argument 1 must be 2-item sequence, not " + state.type().name());
        }
        long c = Seq.index(items[0]).longValue(), o = Seq.index(items[1]).longValue();
        PyLock.acquire(sem, -1);
        owner = o;
        count = c;
        return PyNone.INSTANCE;
    }
}
