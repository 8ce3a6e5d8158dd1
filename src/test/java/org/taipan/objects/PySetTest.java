package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code set}: the cases in /types/set.cases, with results (and orders) written by CPython 3.11. */
class PySetTest {
    @Test
    void matchesCPython() {
        Cases.check("set");
    }
}
