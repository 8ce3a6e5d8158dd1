package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code tuple}: the cases in /types/tuple.cases, with results written by CPython 3.11. */
class PyTupleTest {
    @Test
    void matchesCPython() {
        Cases.check("tuple");
    }
}
