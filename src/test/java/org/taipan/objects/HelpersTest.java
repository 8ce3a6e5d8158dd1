package org.taipan.objects;

import org.junit.jupiter.api.Test;

/**
 * The types working with objects that implement only parts of a protocol (__getitem__,
 * __index__, __float__, colliding __hash__, raising __eq__): /types/helpers.cases.
 */
class HelpersTest {
    @Test
    void matchesCPython() {
        Cases.check("helpers");
    }
}
