package org.taipan.objects;

import org.junit.jupiter.api.Test;

/** str(), format() and __format__ of str, int, bool, float and complex: /str/format*.cases, by CPython 3.11. */
class StrFormatTest {
    @Test
    void construction() {
        StrCases.check("str_new");
    }

    @Test
    void codecs() {
        StrCases.check("codecs");
    }

    @Test
    void formatSpecs() {
        StrCases.check("format");
    }

    @Test
    void randomFormatSpecs() {
        StrCases.check("format_random");
    }
}
