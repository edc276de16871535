package io.github.leakhound.core;

/** The analysis engine that produced a finding. */
public enum Engine {
    /** SpotBugs detectors over compiled classes. */
    BYTECODE,
    /** JavaParser rules over {@code .java} files. */
    SOURCE
}
