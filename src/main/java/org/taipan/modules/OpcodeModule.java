package org.taipan.modules;

import org.taipan.compiler.Opcode;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.Seq;

/** {@code _opcode}: {@code stack_effect}, from the compiler's own opcode table (which the assembler uses too). */
public final class OpcodeModule {
    private OpcodeModule() {}

    private static final ArgParser STACK_EFFECT = ArgParser.clinic("stack_effect", "opcode, oparg=None, /, *, jump=None");

    public static PyModule create() {
        PyModule m = new PyModule("_opcode", new PyDict());
        m.builtin = true;
        m.def("stack_effect", (self, a, start, kw) -> {
            PyObject[] p = STACK_EFFECT.bind(a, start, kw);
            return PyInt.of(stackEffect(p[0], p[1], p[2]));
        });
        return m;
    }

    private static int stackEffect(PyObject opcode, PyObject oparg, PyObject jump) {
        int op = Seq.index(opcode).intValueExact();
        int arg = 0;
        if (op >= Opcode.HAVE_ARGUMENT) {
            if (oparg == null || oparg == PyNone.INSTANCE) {
                throw Errors.valueError("stack_effect: opcode requires oparg but oparg was not specified");
            }
            arg = Seq.index(oparg).intValueExact();
        } else if (oparg != null && oparg != PyNone.INSTANCE) {
            throw Errors.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        Boolean j = null;
        if (jump != null && jump != PyNone.INSTANCE) {
            if (jump != PyBool.TRUE && jump != PyBool.FALSE) {
                throw Errors.valueError("stack_effect: jump must be False, True or None");
            }
            j = jump == PyBool.TRUE;
        }
        if (op < 0 || op > 255 || Opcode.name(op) == null) {
            throw Errors.valueError("invalid opcode or oparg");
        }
        // Without jump, the larger of the two effects, as CPython reports it
        return j != null ? Opcode.stackEffect(op, arg, j)
                : Math.max(Opcode.stackEffect(op, arg, true), Opcode.stackEffect(op, arg, false));
    }
}
