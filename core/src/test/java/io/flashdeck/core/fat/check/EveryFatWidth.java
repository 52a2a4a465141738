package io.flashdeck.core.fat.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test run once for each FAT width: 12, 16 and 32 bits, given as its {@code int} parameter. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "FAT{0}")
@ValueSource(ints = {12, 16, 32})
@interface EveryFatWidth {
}
