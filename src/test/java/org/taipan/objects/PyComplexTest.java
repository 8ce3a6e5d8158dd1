package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code complex}: the cases in /types/complex.cases, with results written by CPython 3.11. */
class PyComplexTest {
    @Test
    void matchesCPython() {
        Cases.check("complex");
    }
}
