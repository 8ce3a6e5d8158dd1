package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** The str methods and operators: /str/methods.cases, results by CPython 3.11. */
class StrMethodsTest {
    @Test
    void methods() {
        StrCases.check("methods");
    }
}
