package org.taipan.parser.ast;

/** The value of an imaginary literal such as {@code 2j}: always {@code real == 0.0}. */
public record ComplexValue(double real, double imag) {}
