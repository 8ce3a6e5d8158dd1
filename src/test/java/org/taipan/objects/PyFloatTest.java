package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code float}: the cases in /types/float.cases, with results written by CPython 3.11. */
class PyFloatTest {
    @Test
    void matchesCPython() {
        Cases.check("float");
    }

    @Test
    void randomArithmeticMatchesCPython() {
        Cases.check("float_arith");
    }
}
