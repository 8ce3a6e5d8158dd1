package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code iter}: the cases in /types/iter.cases, with results written by CPython 3.11. */
class PyIterTest {
    @Test
    void matchesCPython() {
        Cases.check("iter");
    }
}
