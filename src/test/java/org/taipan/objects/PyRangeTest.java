package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code range}: the cases in /types/range.cases, with results written by CPython 3.11. */
class PyRangeTest {
    @Test
    void matchesCPython() {
        Cases.check("range");
    }
}
