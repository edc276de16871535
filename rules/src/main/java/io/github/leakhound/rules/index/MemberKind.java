package io.github.leakhound.rules.index;

/** The kind of code unit a fact was seen in; initialisation code is judged differently from methods. */
public enum MemberKind {
    /** A constructor (compact record constructors included). */
    CONSTRUCTOR,
    /** An instance or static initializer block, or an enum constant's arguments. */
    INITIALIZER,
    /** A field's inline initializer. */
    INLINE_INITIALIZER,
    /** A method, or a lambda body (which compiles to a method of its own). */
    METHOD
}
