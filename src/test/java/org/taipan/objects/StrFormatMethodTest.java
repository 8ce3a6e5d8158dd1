package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** {@code str.format} and {@code str.format_map}: /str/strformat.cases, results by CPython 3.11. */
class StrFormatMethodTest {
    @Test
    void formatMethod() {
        StrCases.check("strformat");
    }
}
