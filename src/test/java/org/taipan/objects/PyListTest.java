package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code list}: the cases in /types/list.cases, with results written by CPython 3.11. */
class PyListTest {
    @Test
    void matchesCPython() {
        Cases.check("list");
    }
}
