package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code slice}: the cases in /types/slice.cases, with results written by CPython 3.11. */
class PySliceTest {
    @Test
    void matchesCPython() {
        Cases.check("slice");
    }
}
