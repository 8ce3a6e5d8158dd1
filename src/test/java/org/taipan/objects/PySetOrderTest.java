package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code set}: the cases in /types/set_order.cases, with results (and orders) written by CPython 3.11. */
class PySetOrderTest {
    @Test
    void matchesCPython() {
        Cases.check("set_order");
    }
}
