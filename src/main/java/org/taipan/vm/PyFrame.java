package org.taipan.vm;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * An execution frame. Locals, cells and the value stack share one array, as in CPython:
 * {@code slots[0 .. nlocalsplus)} are the fast locals and cells, the stack grows above them.
 * While the eval loop runs, the instruction and stack pointers live in its local variables;
 * they are written back here when the frame suspends (yield) or is looked at.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyType.OBJECT, 0, null, null);

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping for module and class bodies (LOAD_NAME); null for functions. */
    public PyObject locals;
    final PyObject[] slots;
    /** Byte offset of the next instruction to execute. */
    int pc;
    /** Index of the first free stack slot. */
    int sp;
    /** Byte offset of the last instruction started (f_lasti). */
    int lasti = -1;
    public PyFrame back;
    /** The function being run, for its closure and defaults; null for module and class bodies. */
    final PyFunction function;

    PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.slots = new PyObject[code.nlocalsplus + code.stacksize];
        this.sp = code.nlocalsplus;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lasti() {
        return lasti;
    }
}
