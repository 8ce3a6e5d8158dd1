package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code int}: the cases in /types/int.cases, with results written by CPython 3.11. */
class PyIntTest {
    @Test
    void matchesCPython() {
        Cases.check("int");
    }

    @Test
    void randomArithmeticMatchesCPython() {
        Cases.check("int_arith");
    }
}
