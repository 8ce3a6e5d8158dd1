package org.taipan.objects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The C3 linearisation that gives a class its {@code __mro__}. */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 0) {
            return new PyType[] {type};
        }
        if (bases.length == 1) {
            PyType[] parent = bases[0].mro();
            PyType[] out = new PyType[parent.length + 1];
            out[0] = type;
            System.arraycopy(parent, 0, out, 1, parent.length);
            return out;
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class " + bases[i].name());
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                if (!inAnyTail(seqs, head)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                Set<String> heads = new LinkedHashSet<>();
                for (List<PyType> s : seqs) {
                    heads.add(s.get(0).name());
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", heads));
            }
            result.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inAnyTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> s : seqs) {
            if (s.indexOf(t) > 0) {
                return true;
            }
        }
        return false;
    }
}
